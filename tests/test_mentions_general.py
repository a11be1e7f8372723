"""Mentions read from general knowledge: institutions by their endings, events by their kind."""

from __future__ import annotations

import pytest

from kg.extract.events import EventFinder
from kg.extract.mentions import MentionFinder
from kg.lexicon import load_lexicon
from kg.morph import split_sentences

LEXICON = load_lexicon()
MENTIONS = MentionFinder(LEXICON)
EVENTS = EventFinder(LEXICON)


def mentions(text: str) -> dict[str, str]:
    found = {}
    for sentence in split_sentences(text, LEXICON):
        named = MENTIONS.find(sentence)
        found.update({m.text: m.cls for m in named})
        found.update({m.text: m.cls for m in EVENTS.find(sentence, named)})
    return found


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("장관은 서초한빛병원과 협약을 맺었다.", "서초한빛병원", "Hospital"),
        ("충남도는 막스플랑크 연구소와 협약을 맺었다.", "막스플랑크 연구소", "Organization"),
        ("대학은 라자르 국립대와 협약을 체결했다.", "라자르 국립대", "University"),
        ("시는 가톨릭대와 협약을 체결했다.", "가톨릭대", "University"),
        ("복지부는 나자르바예프 국립의료센터와 협약을 맺었다.", "나자르바예프 국립의료센터", "Hospital"),
    ],
)
def test_institutions_named_by_their_endings(text, name, cls):
    assert mentions(text).get(name) == cls


@pytest.mark.parametrize(
    "text, name",
    [
        ("청은 다음 주 기자 브리핑을 연다.", "기자 브리핑"),
        ("간담회는 공장 현장시찰로 시작됐다.", "공장 현장시찰"),
    ],
)
def test_events_named_by_their_kind(text, name):
    assert name in mentions(text)


def test_a_described_institution_stays_a_description():
    """'지역 병원': a common noun before the ending is no name."""
    assert "지역 병원" not in mentions("시는 지역 병원과 협력했다.")


def test_a_known_name_is_never_cut_through_a_particle():
    """'미래부터' is 미래 + 부터, not the ministry 미래부."""
    assert "미래부" not in mentions("미래부터 준비하는 기업이 늘었다.")
    assert mentions("미래부는 협약을 맺었다.").get("미래부") == "GovernmentBody"


@pytest.mark.parametrize(
    "text, person, title, body",
    [
        ("김철수 금감원장은 회의를 열었다.", "김철수", "원장", "금감원"),
        ("중기청장 홍길동은 현장을 찾았다.", "홍길동", "청장", "중기청"),
    ],
)
def test_a_title_glued_to_a_short_name_it_repeats(text, person, title, body):
    """'금감원장' is 금감원 + 원장: the title repeats the short name's last syllable."""
    for sentence in split_sentences(text, LEXICON):
        found = {m.text: m for m in MENTIONS.find(sentence)}
        assert found[person].title == title and found[person].affiliation.text == body


@pytest.mark.parametrize(
    "text, name",
    [
        ("장관은 칠레와의 양자회담도 진행했다.", "칠레와의 양자회담"),
        ("지사는 애플과 구글과의 회담을 가졌다.", "애플과 구글과의 회담"),
    ],
)
def test_a_partner_joined_by_wa_ui_belongs_to_the_meeting(text, name):
    assert name in mentions(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("부는 ‘한마음 2030’ 개최를 앞두고 있다.", "한마음 2030"),
        ("장관은 '미래포용 2025'에 참석했다.", "미래포용 2025"),
    ],
)
def test_a_quoted_name_that_is_held_or_attended_is_an_event(text, name):
    assert mentions(text).get(name) == "Event"


def test_a_quoted_name_used_otherwise_is_no_event():
    assert "한마음 2030" not in mentions("부는 ‘한마음 2030’을 통해 성과를 알렸다.")


@pytest.mark.parametrize(
    "text, name, lexicon_id",
    [
        ("서울시는 하노이시와 협약을 맺었다.", "하노이시", "hanoi"),
        ("상하이시는 투자를 유치했다.", "상하이시", "shanghai"),
    ],
)
def test_a_world_city_acts_through_its_government(text, name, lexicon_id):
    for sentence in split_sentences(text, LEXICON):
        found = {m.text: m for m in MENTIONS.find(sentence)}
        assert found[name].cls == "GovernmentBody" and found[name].lexicon_id == lexicon_id


def test_a_city_name_inside_a_verb_is_no_city():
    """'선전시킨' is 선전 + 시키다, not the city government of Shenzhen."""
    assert mentions("이번에 선전시킨 제품이다.") == {}


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("협약식에는 주한케냐상공회의소가 참여했다.", "주한케냐상공회의소", "Organization"),
        ("시는 라온로보틱스와 협약을 맺었다.", "라온로보틱스", "Company"),
    ],
)
def test_organization_endings(text, name, cls):
    assert mentions(text).get(name) == cls


@pytest.mark.parametrize(
    "text, name",
    [
        ("장관은 '한-일 물산업 협력' 약정을 체결한다.", "'한-일 물산업 협력' 약정"),
        ("공사는 토양·수질분야 협력 MOU 체결식도 가졌다.", "토양·수질분야 협력 MOU 체결식"),
        ("첫 간담회는 이날 오전 열렸다.", "첫 간담회"),
    ],
)
def test_what_an_event_name_takes_on_its_left(text, name):
    assert name in mentions(text)


def test_a_list_of_people_keeps_an_item_cut_short():
    """The last item lost its organization and title, but the list says whom it names."""
    found = mentions("이날 회의에는 ▲홍길동 한국가구협동조합 이사장 ▲김영희 한국공구협동조합 이사장 ▲박철수 대한")
    assert found.get("박철수") == "Person"


def test_a_lawmakers_office():
    for sentence in split_sentences("청은 지난 3일 홍길동 국회의원실과 합동으로 간담회를 열었다.", LEXICON):
        found = {m.text: m for m in MENTIONS.find(sentence)}
        assert found["홍길동 국회의원실"].cls == "GovernmentBody"
        assert found["홍길동"].affiliation is found["홍길동 국회의원실"]


@pytest.mark.parametrize(
    "text, place, sited",
    [
        ("장관은 베를린에서 열린 포럼에 참석했다.", "베를린", True),
        ("차관은 다음 달 페루를 방문한다.", "페루", True),
        ("장관은 독일 베를린을 방문한다.", "독일", True),
        ("중국발 경기 둔화가 이어졌다.", "중국", False),
        ("이는 보스턴을 본뜬 사업이다.", "보스턴", False),
        ("공장은 청주 한빛산업단지의 공장이다.", "청주 한빛산업단지", True),
        ("시는 하노이 투자설명회를 열었다.", "하노이", True),
        ("청은 대회의실에서 간담회를 열었다.", "대회의실", True),
    ],
)
def test_places_where_something_happens(text, place, sited):
    for sentence in split_sentences(text, LEXICON):
        found = MENTIONS.find(sentence)
        places = [m for m in found if m.cls == "Place"]
        spans = MENTIONS.sited_places(sentence, places)
        mention = next(m for m in places if m.text == place)
        assert ((mention.start, mention.end) in spans) == sited


@pytest.mark.parametrize(
    "text, venue",
    [
        # a hotel's brand may be a Korean common word ('누리': world): after a known place, before 호텔, it names the hotel
        ("공단은 24일 서울 누리 호텔에서 출범식을 열었다.", "서울 누리 호텔"),
        ("공단은 3일 부산 라온 호텔에서 설명회를 열었다.", "부산 라온 호텔"),
    ],
)
def test_a_hotel_named_by_a_common_word_is_a_venue(text, venue):
    assert mentions(text).get(venue) == "Place"


def test_a_word_that_describes_a_hotel_names_none():
    assert "서울 시내 호텔" not in mentions("공단은 서울 시내 호텔에서 설명회를 열었다.")


def test_the_bodies_a_meeting_is_with():
    found = mentions("김 시장은 누리픽처스와 한빛프라퍼티와의 회담을 통해 개발계획을 협의했다.")
    assert found.get("누리픽처스") == "Organization" and found.get("한빛프라퍼티") == "Organization"
    assert "누리픽처스와 한빛프라퍼티와의 회담" in found


def test_a_title_with_wa_ui_is_no_partner_name():
    assert "대표와의 면담" not in mentions("장관은 홍길동 대표와의 면담을 가졌다.")


@pytest.mark.parametrize(
    "text, names",
    [
        ("시는 제약사 한빛바이오, 누리젠, 다온셀과 협약을 맺었다.", ["한빛바이오", "누리젠", "다온셀"]),
        ("시장은 기업 한빛그룹, Citi Korea, 오로라 재팬 대표와 면담했다.", ["한빛그룹", "Citi Korea", "오로라 재팬"]),
    ],
)
def test_names_listed_after_an_organization(text, names):
    found = mentions(text)
    assert all(found.get(name) in {"Company", "Organization"} for name in names)


def test_a_latin_place_name_inside_a_latin_name_is_no_place():
    assert "China" not in mentions("HSBC China는 투자를 늘렸다.")


def test_a_visit_named_as_a_noun_is_a_trip_and_a_visiting_verb_is_left_to_the_frames():
    assert mentions("시장의 하노이 방문은 사흘간 이어진다.").get("하노이 방문") == "Event"
    assert "방문" not in mentions("시장은 하노이를 방문했다.")


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("공단은 5월 몽골과 업무협약을 맺었다.", "몽골", "GovernmentBody"),
        ("서울시는 하노이와 양해각서를 맺었다.", "하노이", "GovernmentBody"),
        ("위원회는 베트남에서 포럼을 열었다.", "베트남", "Place"),
    ],
)
def test_a_country_or_city_that_signs_is_its_government(text, name, cls):
    assert mentions(text).get(name) == cls


@pytest.mark.parametrize(
    "text, name, cls",
    [
        ("장관은 해운대에서 창업가들을 만났다.", "해운대", "Place"),
        ("장관은 강남에서 창업가들을 만났다.", "강남", "Place"),
    ],
)
def test_a_district_is_named_without_its_ending(text, name, cls):
    assert mentions(text).get(name) == cls
