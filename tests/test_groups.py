"""Groups of bodies and who comes for them: '가나㈜ 김 대표 등 12개 기업 대표' is a group of twelve firms."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def extract(text: str):
    return extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)


def facts(result):
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in result.relations}


def groups(result):
    return {e.name: e for e in result.entities.values() if e.cls == "Group"}


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("설명회에는 12개 기업 대표가 참석했다.", "12개 기업", 12),
        ("설명회에는 7개 기업대표가 참석했다.", "7개 기업", 7),
        ("상담회에는 30개 업체 관계자들이 참가했다.", "30개 업체", 30),
    ],
)
def test_the_heads_of_counted_firms_stand_for_the_firms(text, group, count):
    found = groups(extract(text))
    assert list(found) == [group] and found[group].count == count


def test_people_counted_by_head_stay_a_group_of_people():
    found = groups(extract("회의에는 11명의 바이오 기업 전문가들이 참석했다."))
    assert list(found) == ["11명의 바이오 기업 전문가"]


def test_the_firms_are_members_and_their_heads_attend():
    result = extract("이날 간담회에는 한빛소재㈜ 김누리 대표, ㈜다온정밀 박가람 대표 등 12개 기업 대표가 참석했다.")
    found = facts(result)
    assert {("한빛소재", "memberOf", "12개 기업"), ("다온정밀", "memberOf", "12개 기업")} <= found
    assert not any(s in {"김누리", "박가람"} and p == "memberOf" for s, p, _ in found)
    assert {("김누리", "attended", "간담회"), ("12개 기업", "attended", "간담회")} <= found


def test_a_group_named_again_with_its_heads_is_one_group():
    result = extract("가나도는 12개 기업과 투자협약을 맺었다. 협약식에는 한빛소재㈜ 김누리 대표 등 12개 기업대표가 함께했다.")
    assert list(groups(result)) == ["12개 기업"]


def test_a_collective_noun_inside_a_program_s_name_names_no_group():
    result = extract("대한무역투자진흥공사는 올해 '디지털 수출사절단'을 시행할 예정이다.")
    assert not groups(result)
    assert "디지털 수출사절단" in {e.name for e in result.entities.values() if e.cls == "Program"}


@pytest.mark.parametrize(
    "text",
    [
        "가람부는 '민관합동 한빛 교류 사절단'을 보낸다. 민관합동 사절단은 현지 기업을 만난다.",
        "가람구는 무역사절단을 파견한다. 이번 동유럽 무역사절단은 10개 기업으로 꾸려진다.",
    ],
)
def test_a_collective_named_again_in_short_or_in_full_is_one_group(text):
    assert len([name for name in groups(extract(text)) if name.endswith("사절단")]) == 1


def test_two_collectives_each_with_words_of_its_own_stay_two():
    found = groups(extract("가람도는 중동 무역사절단을 보낸다. 또 남미 무역사절단도 보낸다."))
    assert {"중동 무역사절단", "남미 무역사절단"} <= set(found)


def test_a_phrase_of_time_before_a_collective_is_no_part_of_its_name():
    assert not any("중" in name.split() for name in groups(extract("방문 기간 중 사절단은 만찬에 참석한다.")))


@pytest.mark.parametrize("text, group", [("간담회에는 중소기업인 40여명이 참석했다.", "중소기업인 40여명"),
                                         ("설명회에는 벤처기업인 20명이 참석했다.", "벤처기업인 20명")])
def test_a_noun_of_people_in_in_before_a_count_names_the_group(text, group):
    found = groups(extract(text))
    assert group in found and ("간담회" not in text or (group, "attended", "간담회") in facts(extract(text)))


def test_a_delegation_named_by_its_region_s_level_alone_is_the_region_s_delegation():
    found = groups(extract("충청북도 방문단이 독일을 찾았다. 도 방문단은 현지 기업을 만났다."))
    assert list(found) == ["충청북도 방문단"] and "도 방문단" in found["충청북도 방문단"].aliases


@pytest.mark.parametrize("text, group, count", [
    ("가람부는 한빛협회, 다온연합회 등 경제6단체와 간담회를 열었다.", "경제6단체", 6),
    ("간담회에는 정유4사 관계자들이 참석해 대책을 논의했다.", "정유4사", 4),
])
def test_a_count_glued_between_a_noun_and_its_counter_names_a_group(text, group, count):
    found = groups(extract(text))
    assert group in found and found[group].count == count


def test_bodies_listed_before_a_glued_count_are_its_members():
    result = extract("가람부는 한빛경제인협회, 다온경영자총협회 등 경제6단체와 간담회를 열었다.")
    assert {("한빛경제인협회", "memberOf", "경제6단체"), ("다온경영자총협회", "memberOf", "경제6단체")} <= facts(result)


def test_people_counted_after_the_heads_of_a_group_of_firms_are_that_group():
    result = extract("이날 간담회에는 태성산업㈜ 김누리 대표 등 12개 기업 대표 및 관계자 30여 명이 참석했다.")
    found = groups(result)
    assert list(found) == ["12개 기업"] and "12개 기업 대표 및 관계자 30여 명" in found["12개 기업"].aliases
    assert ("12개 기업", "attended", "간담회") in facts(result)


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("간담회에는 중소기업인 40여명이 참석했다.", "중소기업인 40여명", 40),  # Kiwi reads the suffix as the copula
        ("간담회에는 지역 농업인 30명이 참석했다.", "지역 농업인 30명", 30),  # one noun with the people suffix
        ("설명회에는 120명의 바이어가 참석했다.", "120명의 바이어", 120),  # the genitive joins the count to its head
    ],
)
def test_people_counted_after_or_before_their_noun(text, group, count):
    found = groups(extract(text))
    assert group in found and found[group].count == count


@pytest.mark.parametrize(
    "text, group",
    [
        ("다라시는 선도 중소기업 6개 회사와 협약을 맺었다.", "선도 중소기업 6개 회사"),  # the noun after restates the kind
        ("상담회에는 지역 선도 중소기업 10개 사가 참여했다.", "지역 선도 중소기업 10개 사"),
        ("가나자산운용, 다라자산운용, 마바자산운용 3개사가 운용사로 뽑혔다.", "3개사"),  # a name before the count is a list item
    ],
)
def test_the_words_of_a_counted_group_of_firms(text, group):
    assert group in groups(extract(text))


def test_fields_listed_before_a_group_of_firms_are_no_members():
    result = extract("박람회에는 화장품, 전자, 음료 등 누리시 중소기업 10개 사가 나왔다.")
    assert not any(p == "memberOf" for _, p, _ in facts(result))
    assert "화장품" not in {e.name for e in result.entities.values()}


@pytest.mark.parametrize(
    "text",
    [
        "가나전자와 다라화학 등 3개사가 운용사로 뽑혔다.",  # no event in the sentence
        "2차 모집에서는 가나전자·다라화학 등 2개 출연기업이 창업기업을 발굴한다.",
    ],
)
def test_firms_listed_before_a_counted_group_are_its_members_in_any_sentence(text):
    found = facts(extract(text))
    assert {("가나전자", "memberOf"), ("다라화학", "memberOf")} <= {(s, p) for s, p, _ in found}


@pytest.mark.parametrize(
    "text, group",
    [
        ("교류식에는 양 군 직원 30여 명이 함께했다.", "양 군 직원 30여 명"),
        ("간담회에는 각 기관 대표 10명이 참석했다.", "각 기관 대표 10명"),
        ("개소식에는 주요 인사 20여 명이 참석했다.", "주요 인사 20여 명"),  # a noun of people heads the count
        ("기념식에는 내빈 50명이 자리했다.", "내빈 50명"),
    ],
)
def test_nouns_of_people_and_openers_of_a_counted_group(text, group):
    assert group in groups(extract(text))


def test_people_listed_before_a_count_of_people_are_its_members():
    found = facts(extract("교류식에는 박민호 사천시장, 이영희 용인시장 등 양 군 직원 30여 명이 함께했다."))
    assert {("박민호", "memberOf", "양 군 직원 30여 명"), ("이영희", "memberOf", "양 군 직원 30여 명")} <= found


def test_a_count_of_firms_has_no_agency_for_a_member():
    found = facts(extract("간담회에는 관세청, 가나전자, 다라화학 등 21개 업체가 자리했다."))
    members = {s for s, p, o in found if p == "memberOf" and o == "21개 업체"}
    assert {"가나전자", "다라화학"} <= members and "관세청" not in members


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("펀드 결성을 마친 곳은 가온인베스트먼트, 다라벤처스, 마바파트너스 등 세 곳이다.", "세 곳", 3),
        ("심사를 통과한 업체는 가온인베스트먼트 다라벤처스 마바파트너스 등 세 곳이다.", "세 곳", 3),
        ("누리시는 세 개 기관과 협약을 맺었다.", "세 개 기관", 3),
    ],
)
def test_a_native_numeral_counts_a_group(text, group, count):
    found = groups(extract(text))
    assert group in found and found[group].count == count


def test_the_bodies_listed_before_a_count_in_native_numerals_are_its_members():
    found = facts(extract("심사를 통과한 업체는 가온인베스트먼트 다라벤처스 마바파트너스 등 세 곳이다."))
    assert {(firm, "memberOf", "세 곳") for firm in ("가온인베스트먼트", "다라벤처스", "마바파트너스")} <= found


def test_a_native_numeral_before_no_counter_counts_nothing():
    assert not groups(extract("누리시는 내달 행사를 열 계획이다."))


@pytest.mark.parametrize(
    "text, group, count",
    [
        ("한별재단은 대학생 서포터즈 30명을 위촉했다.", "대학생 서포터즈", 30),
        ("누리시 방문단 25명은 한별시청을 찾았다.", "누리시 방문단", 25),
        ("이번 무역사절단 12개사는 현지 바이어와 상담했다.", "무역사절단", 12),
    ],
)
def test_a_count_right_after_a_collective_is_its_size(text, group, count):
    found = groups(extract(text))
    assert list(found) == [group] and found[group].count == count


def test_one_is_no_collective():
    found = groups(extract("위원회는 위원장 1명을 포함해 15명의 위원으로 구성된다."))
    assert list(found) == ["15명의 위원"]


def test_a_noun_of_people_in_ga_heads_a_count():
    assert "청년 창업가 50명" in groups(extract("한별재단은 청년 창업가 50명을 선발했다."))


def test_a_common_noun_alone_before_a_count_of_firms_is_no_firm():
    """'반도체 등 10개 기업': one common noun before the closing word names the firms' field."""
    assert "반도체" not in {e.name for e in extract("누리시는 반도체 등 10개 기업과 협약을 맺었다.").entities.values()}


@pytest.mark.parametrize("text, group", [
    ("누리협회 회장단과 간담회를 가졌다.", "누리협회 회장단"),
    ("다온테크, 한별소재, 가람푸드는 컨소시엄을 구성해 사업에 참여한다.", "컨소시엄"),
])
def test_collective_nouns_name_groups(text, group):
    assert group in groups(extract(text))


@pytest.mark.parametrize("text", [
    "총리실에서는 박가온 차장, 이다온 보좌관, 정나래 실장, 권민수 외교심의관 4명이 동행한다.",
])
def test_a_count_after_the_last_name_and_post_of_a_list_counts_the_people_listed(text):
    """'…, 권민수 외교심의관 4명': the post belongs to the last person listed; the group is the four."""
    assert list(groups(extract(text))) == ["4명"]
