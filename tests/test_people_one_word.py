"""Foreign officials named in one word before a post, and a legislature's committees: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, mentions


def people(text: str) -> dict[str, str | None]:
    result = extract(text)
    name = {k: e.name for k, e in result.entities.items()}
    employers = {name[r.subject]: name[r.object] for r in result.relations if r.predicate == "affiliatedWith"}
    return {e.name: employers.get(e.name) for e in result.entities.values() if e.cls == "Person"}


def bodies(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: tuple(e.aliases) for e in extract(text).entities.values() if e.cls == "GovernmentBody"}


@pytest.mark.parametrize(
    "text, person",
    [
        ("리창 총리는 다라국을 방문했다.", "리창"),
        ("중국 리창 총리는 회담을 했다.", "리창"),
        ("응우옌 대사는 행사에 참석했다.", "응우옌"),
        ("존슨 대사는 축사를 했다.", "존슨"),
        ("바이든 대통령은 성명을 냈다.", "바이든"),
    ],
)
def test_one_proper_noun_before_a_post_in_a_government_is_a_name(text, person):
    assert person in people(text)


def test_a_family_name_written_first_may_be_one_syllable_after_the_city():
    assert people("하노이시 쩐 시장은 협약에 서명했다.") == {"쩐": "하노이시"}


@pytest.mark.parametrize(
    "text, word",
    [
        ("아마존 시장은 커지고 있다.", "아마존"),  # 시장 alone is a market
        ("다라전자 대표는 협약에 서명했다.", "다라전자"),  # a company's head
    ],
)
def test_no_one_word_name_where_the_word_is_a_market_or_a_firm(text, word):
    assert word not in people(text)


def test_a_place_followed_by_a_post_is_no_place_within_the_country():
    found = mentions("중국 리창 총리는 회담을 했다.")
    assert found["리창"].cls == "Person"


@pytest.mark.parametrize(
    "text, committee",
    [
        ("홍길동 국회 정무위원장은 축사를 했다.", "정무위원회"),
        ("국회 정무위원회 홍길동 위원장은 축사를 했다.", "정무위원회"),
        ("국회 정무위원회는 법안을 의결했다.", "정무위원회"),
    ],
)
def test_a_legislature_s_committee_is_a_body_also_named_with_the_legislature(text, committee):
    found = bodies(text)
    assert "국회 " + committee in found.get(committee, ())


def test_the_member_of_a_committee_works_for_the_committee():
    assert people("홍길동 국회 정무위원장은 축사를 했다.") == {"홍길동": "정무위원회"}


def test_a_unit_of_an_agency_stays_the_agency_s_post():
    assert people("홍길동 중진공 기술지원처장은 축사를 했다.") == {"홍길동": "중소벤처기업진흥공단"}


def test_a_foreign_family_name_alone_is_the_person_named_in_full_before():
    text = "이날 라르스 뢰케 다온센 덴마크 총리가 참석했다. 발족식에는 다온센 총리를 비롯해 인사 200명이 참석했다."
    assert list(people(text)) == ["라르스 뢰케 다온센"]


@pytest.mark.parametrize(
    "text, person",
    [
        ("가나공단은 24일 이사장에 계용준(65) 전 다라공사 사장이 취임했다고 밝혔다.", "계용준"),
        ("남궁민수 다라공사 사장이 취임했다.", "남궁민수"),
        ("이날 황보다온 사장이 참석했다.", "황보다온"),
    ],
)
def test_rarer_surnames_and_two_syllable_ones_open_a_name(text, person):
    assert person in people(text)
