"""Offices and branches an organization keeps in a place are bodies of their own: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract


def organizations(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {e.name: (e.cls, tuple(e.aliases)) for e in extract(text).entities.values()
            if e.cls in {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}}


@pytest.mark.parametrize(
    "text, branch, kind, longer",
    [
        ("코트라 하노이무역관은 상담회를 열었다.", "하노이무역관", "GovernmentBody", "코트라 하노이무역관"),
        ("KOTRA 뉴욕무역관은 설명회를 열었다.", "뉴욕무역관", "GovernmentBody", "KOTRA 뉴욕무역관"),
        ("한빛전자 베트남 법인은 행사를 열었다.", "베트남 법인", "Company", "한빛전자 베트남 법인"),
        ("중진공 베트남 사무소는 설명회를 개최했다.", "베트남 사무소", "GovernmentBody", "중진공 베트남 사무소"),
        ("한빛은행 호찌민지점은 문을 열었다.", "호찌민지점", "Company", "한빛은행 호찌민지점"),
        ("한국무역협회 강원지역본부는 설명회를 개최했다.", "강원지역본부", "Organization", "한국무역협회 강원지역본부"),
    ],
)
def test_a_branch_named_by_its_place_after_its_organization(text, branch, kind, longer):
    found = organizations(text)
    assert found[branch][0] == kind and longer in found[branch][1]


def test_a_branch_glued_to_its_place_is_a_body_alone():
    assert "하노이무역관" in organizations("하노이무역관은 상담회를 열었다.")


@pytest.mark.parametrize(
    "text, word",
    [
        ("현지 법인은 행사를 열었다.", "현지 법인"),  # no place, no organization
        ("충북지사는 축사를 했다.", "충북지사"),  # a province's governor
    ],
)
def test_no_branch_without_a_place_and_an_owner(text, word):
    assert word not in organizations(text)


@pytest.mark.parametrize(
    "text, post, glued",
    [
        ("주 베트남 대사관은 행사를 열었다.", "주 베트남 대사관", "주베트남 대사관"),
        ("주 상하이 총영사관은 행사를 열었다.", "주 상하이 총영사관", "주상하이 총영사관"),
    ],
)
def test_a_post_abroad_with_its_prefix_written_apart(text, post, glued):
    found = organizations(text)
    assert found[post][0] == "GovernmentBody" and glued in found[post][1]


def test_the_prefix_apart_before_a_diplomat_s_title_is_left_to_the_people():
    assert "제네바" not in organizations("홍길동 주 제네바 대사는 회의에 참석했다.")


def test_the_week_before_a_country_is_no_post_abroad():
    assert not organizations("이번 주 베트남 방문에서 협약을 맺었다.")
