"""Members of a counted group named in a list right before it (kg/extract/members.py)."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def extract(text: str):
    return extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)


def members(text: str) -> dict[str, set[str]]:
    result = extract(text)
    label = {k: e.name for k, e in result.entities.items()}
    found: dict[str, set[str]] = {}
    for r in result.relations:
        if r.predicate == "memberOf":
            found.setdefault(label[r.object], set()).add(label[r.subject])
    return found


@pytest.mark.parametrize(
    "text, group, expected",
    [
        # a name and a post in one word ('누리시장') leaves the person an item of the list
        ("기념식에는 김다온 누리시장, 박가람 한별시장, 이나래 누리시의회 의장 등 양 시 관계자 40여 명이 참석했다.",
         "양 시 관계자 40여 명", {"김다온", "박가람", "이나래"}),
        ("최누리 누리시장과 박가온 시의회 의장, 윤다온 누리상공회의소 회장 등 주요 인사 30여 명이 자리했다.",
         "주요 인사 30여 명", {"최누리", "박가온", "윤다온"}),
        # persons joined by a middle dot under one post
        ("박가온 수석부원장과 김나래·이다온·정가람 부원장 등 4명은 이날 현장을 찾았다.",
         "4명", {"박가온", "김나래", "이다온", "정가람"}),
        # a list without a closing word, of exactly as many items as the group counts
        ("누리시는 삼성전자, LG전자, 현대자동차 3개사와 투자협약을 체결했다.",
         "3개사", {"삼성전자", "LG전자", "현대자동차"}),
        ("이번 공모에는 삼성자산운용, 미래에셋자산운용, KB자산운용 3개사가 선정됐다.",
         "3개사", {"삼성자산운용", "미래에셋자산운용", "KB자산운용"}),
    ],
)
def test_the_items_of_a_list_before_a_counted_group_are_its_members(text, group, expected):
    assert members(text).get(group, set()) >= expected


def test_a_list_of_fewer_items_than_the_count_and_no_closing_word_names_no_members():
    found = members("누리시는 삼성전자, LG전자 3개사와 투자협약을 체결했다.")
    assert not found.get("3개사")


def test_a_group_of_firms_holds_only_firms():
    """The mayor and the chamber listed with the firms' heads came on their own: no members of a count of firms."""
    found = members("간담회에는 김가온 누리시장과 박다라 누리상공회의소 회장, 다온테크㈜ 이한별 대표 등 8개 기업 대표가 참석했다.")
    assert "누리상공회의소" not in found.get("8개 기업", set())
    assert "김가온" not in found.get("8개 기업", set())


def groups(text: str) -> dict:
    return {e.name: e for e in extract(text).entities.values() if e.cls == "Group"}


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("이번 사절단은 기업인 20여명으로 꾸려졌다.", "사절단", 20),
        ("한별시는 지역 기업인 15명으로 투자유치단을 꾸렸다.", "투자유치단", 15),
        ("무역사절단은 전자, 화학 등 분야 16개사로 구성됐으며 상담회를 연다.", "무역사절단", 16),
        ("자문단은 교수와 연구원 등 7명으로 구성됐다.", "자문단", 7),
    ],
)
def test_a_group_made_of_a_counted_group_is_that_group(text, group, count):
    found = groups(text)
    assert list(found) == [group] and found[group].count == count


def test_a_delegation_made_of_a_joint_delegation_is_one_group_with_its_members():
    text = "수주지원단은 국토교통부와 외교부, 민간기업 등이 포함된 민관합동 대표단으로 구성됐으며 현지를 찾는다."
    assert list(groups(text)) == ["수주지원단"]
    assert members(text).get("수주지원단", set()) >= {"국토교통부", "외교부"}


@pytest.mark.parametrize(
    "text, person, group",
    [
        ("박다라 장관이 이끄는 누리국 대표단이 한별시를 찾았다.", "박다라", "누리국 대표단"),
        ("박다라 장관이 이끈 대표단은 현지 기업을 방문했다.", "박다라", "대표단"),
    ],
)
def test_who_leads_a_group_is_one_of_it(text, person, group):
    assert person in members(text).get(group, set())


def test_firms_that_form_a_consortium_are_its_members():
    found = members("다온테크, 한별소재, 가람푸드는 컨소시엄을 구성해 사업에 참여한다.")
    assert found.get("컨소시엄", set()) >= {"다온테크", "한별소재", "가람푸드"}


@pytest.mark.parametrize(
    "text, group, expected",
    [
        ("개소식에는 김다온 누리구청장, 박가람 한별대학교 총장을 비롯해 주민 100여 명이 참석했다.",
         "주민 100여 명", {"김다온", "박가람"}),
        ("협약식에는 이나래 누리대 총장과 정다운 한별협회 지회장을 비롯한 학교 관계자와 협회 회원사 및 정부 관계자 등 50여 명이 참석했다.",
         "50여 명", {"이나래", "정다운"}),
        ("누리군은 김가온 누리군수를 필두로 6명의 방문단이 자매도시를 방문한다.", "방문단", {"김가온"}),
    ],
)
def test_the_items_before_an_including_word_are_members_of_the_group_after_it(text, group, expected):
    found = members(text)
    assert found.get(group, set()) >= expected
    assert "누리군" not in found.get(group, set())  # the county in the head's post is no member of a count of people


def test_a_counted_part_before_an_including_word_gives_no_members():
    found = members("누리시 수출기업 12곳을 포함해 도내 30곳이 참가했다.")
    assert "누리시" not in found.get("도내 30곳", set())


def test_people_listed_with_posts_and_counted_without_a_closing_word_are_members():
    found = members("총리실에서는 박가온 차장, 이다온 보좌관, 정나래 실장, 권민수 외교심의관 4명이 동행한다.")
    assert found.get("4명", set()) == {"박가온", "이다온", "정나래", "권민수"}


@pytest.mark.parametrize(
    "text, person, group",
    [
        ("누리시는 김가온 시장 일행이 10일부터 자매도시를 방문한다고 밝혔다.", "김가온", "일행"),
        ("김가온 군수를 비롯한 누리군 방문단 일행 6명은 교류회의에 참석했다.", "김가온", "누리군 방문단"),
    ],
)
def test_the_person_who_names_a_party_or_comes_first_is_one_of_it(text, person, group):
    assert person in members(text).get(group, set())


def test_a_second_collective_noun_names_the_same_group_and_its_count_follows():
    found = groups("김가온 군수를 비롯한 누리군 방문단 일행 6명은 교류회의에 참석했다.")
    assert list(found) == ["누리군 방문단"] and found["누리군 방문단"].count == 6


def test_as_many_bodies_as_the_count_are_members_where_a_comma_is_left_out():
    found = members("누리대학은 한별산업협회, ㈜다온정밀, ㈜가람케미칼 ㈜한빛소재, 4개 기업과 협약을 맺었다.")
    assert {"한별산업협회", "다온정밀", "가람케미칼"} <= found.get("4개 기업", set())
