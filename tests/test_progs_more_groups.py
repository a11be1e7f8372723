"""Counted groups named by a kind of body with its abbreviation, or by their heads (kg/extract/groups.py)."""

import pytest

from .made_up import extract


def groups(text: str) -> dict[str, tuple[int | None, list[str]]]:
    return {e.name: (e.count, e.aliases) for e in extract(text).entities.values() if e.cls == "Group"}


def organizations(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls in {"Investor", "Company", "Organization"}}


@pytest.mark.parametrize(
    "text, name, count, written",
    [
        ("가나시는 벤처캐피털(VC) 12곳과 협약을 맺었다.", "벤처캐피털 12곳", 12, "벤처캐피털(VC) 12곳"),
        ("가나시는 국내 액셀러레이터(AC) 10개사와 협약을 맺었다.", "국내 액셀러레이터 10개사", 10, "국내 액셀러레이터(AC) 10개사"),
        ("설명회에는 벤처캐피탈(VC) 38개사가 참여했다.", "벤처캐피탈 38개사", 38, "벤처캐피탈(VC) 38개사"),
    ],
)
def test_a_kind_of_body_with_its_abbreviation_heads_the_count(text, name, count, written):
    found = groups(text)
    assert found[name][0] == count and written in found[name][1]
    assert not organizations(text)  # the kind noun read as a name for its abbreviation is no body


@pytest.mark.parametrize(
    "text, name, written",
    [
        ("가나청장은 10개국 특허청장과 양자회담을 가졌다.", "10개국 특허청", "10개국 특허청장"),
        ("가나시장은 5개 자치구 구청장과 간담회를 열었다.", "5개 자치구 구청", "5개 자치구 구청장"),
    ],
)
def test_bodies_counted_by_their_heads_are_a_group_of_the_bodies(text, name, written):
    assert written in groups(text)[name][1]


def test_people_counted_by_their_post_stay_people():
    assert "교육청장 3명" in groups("간담회에는 교육청장 3명이 참석했다.")


@pytest.mark.parametrize(
    "text, name, count",
    [
        ("설명회는 약 1000여명 지원사업 대상자가 참석한 가운데 열린다.", "1000여명 지원사업 대상자", 1000),
        ("가나도 대표단은 미국 자동차부품 관련 2개사와 양해각서를 체결한다.", "자동차부품 관련 2개사", 2),
    ],
)
def test_people_a_program_serves_and_firms_of_a_field_are_counted_groups(text, name, count):
    assert groups(text)[name][0] == count


def test_a_noun_of_people_with_the_words_that_say_which_heads_a_count():
    assert groups("이번 행사에는 300여명의 외국인투자가가 참석했다.")["300여명의 외국인투자가"][0] == 300
