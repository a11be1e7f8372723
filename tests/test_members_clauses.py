"""Members named in a relative clause of making or joining before a group (kg/extract/members.py), and the
particles members.py reads from particles.tsv."""

import pytest

from kg.extract.members import _member_words
from .made_up import LEXICON, extract, pairs


def members_of(text: str, group: str) -> set[str]:
    return {member for member, whole in pairs(extract(text), "memberOf") if whole == group}


@pytest.mark.parametrize(
    "text, group, expected",
    [
        # lists closed by '등' and the kind each names, joined by commas and 과, before '으로 구성된'
        ("산업통상자원부, 외교부 등 정부부처, KOTRA 등 공공기관과 삼성전자, LG전자 등 민간 기업으로 구성된 경제사절단이 "
         "동행했다.", "경제사절단", {"산업통상자원부", "외교부", "대한무역투자진흥공사", "삼성전자", "LG전자"}),
        # a count of people between the clause and the collective
        ("외교부, KOTRA 등 공공부문과 삼성전자 등 민간 기업으로 구성된 20명 대표단이 출국했다.", "대표단",
         {"외교부", "대한무역투자진흥공사", "삼성전자"}),
        # those who join the group: the subject of '참여하는', '참가한'
        ("부산시는 삼성전자, LG전자 등이 참여하는 무역사절단을 파견한다.", "무역사절단", {"삼성전자", "LG전자"}),
        ("부산시는 삼성전자, LG전자 등 10개사가 참가한 시장개척단을 꾸렸다.", "시장개척단", {"삼성전자", "LG전자"}),
    ],
)
def test_the_agents_a_clause_of_making_or_joining_lists_are_members_of_the_group_after_it(text, group, expected):
    assert members_of(text, group) >= expected


def test_the_subject_of_the_main_clause_is_no_member():
    """'부산시는' ends the list: the city sends the delegation, it is not one of it."""
    found = members_of("부산시는 삼성전자, LG전자 등이 참여하는 무역사절단을 파견한다.", "무역사절단")
    assert "부산광역시" not in found and "부산시" not in found


def test_a_clause_of_another_verb_names_no_members():
    assert not members_of("부산시는 삼성전자, LG전자 등이 추천한 무역사절단을 파견한다.", "무역사절단")


def test_a_bare_count_before_a_collective_is_its_size():
    groups = {e.name: e for e in extract("외교부 등으로 구성된 31명 경제사절단이 동행했다.").entities.values() if e.cls == "Group"}
    assert groups["경제사절단"].count == 31
    assert "31명 경제사절단" in groups["경제사절단"].aliases


def test_the_particles_of_making_and_leading_are_read_from_particles_tsv():
    words = _member_words(LEXICON)
    assert words.means == {"으로", "로"}
    assert {"은", "는", "이", "가", "을", "를"} <= words.whole
    assert words.leader == {"이", "가"}


def test_unknown_names_listed_before_a_count_of_firms_are_firms_and_its_members():
    result = extract("누리도는 가람텍, 다온푸드원, 마루켐 등 3개사와 투자협약을 체결했다.")
    firms = {e.name for e in result.entities.values() if e.cls == "Company"}
    assert {"가람텍", "다온푸드원", "마루켐"} <= firms
    assert {("가람텍", "3개사"), ("다온푸드원", "3개사"), ("마루켐", "3개사")} <= pairs(result, "memberOf")


def test_names_joined_by_middle_dots_in_one_word_are_items_of_the_list():
    found = members_of("이번 모집에서는 삼성전자·LG전자·KT 등 3개 기업이 창업기업을 발굴한다.", "3개 기업")
    assert {"삼성전자", "LG전자", "KT"} <= found


def test_the_head_named_before_a_list_and_the_bodies_and_people_counted_make_one_delegation():
    """'X를 수석대표로 A, B 등 N개 기관 M명의 대표단': one group, X and the listed bodies its members."""
    result = extract("회의에는 산업부 홍길동 정책관을 수석대표로 한국에너지공단, 삼성물산 등 10개 기관 14명의 대표단이 참가한다.")
    groups = [e for e in result.entities.values() if e.cls == "Group"]
    assert len(groups) == 1 and groups[0].count == 14 and "10개 기관 14명의 대표단" in groups[0].aliases
    assert {("홍길동", "대표단"), ("한국에너지공단", "대표단"), ("삼성물산", "대표단")} <= pairs(result, "memberOf")
