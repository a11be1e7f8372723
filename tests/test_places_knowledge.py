"""Place knowledge: foreign states and provinces, Korean neighbourhoods (made-up sentences)."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def held_in(text: str) -> set[tuple[str, str]]:
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], label[r.object]) for r in result.relations if r.predicate == "heldIn"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("가나전자는 미국 텍사스주에서 투자설명회를 열었다.", "텍사스"),
        ("가나전자는 중국 광둥성에서 투자설명회를 열었다.", "광둥성"),
        ("가나전자는 독일 바이에른주에서 투자설명회를 열었다.", "바이에른주"),
        ("가나전자는 청주 오송에서 투자설명회를 열었다.", "오송"),
        ("다온테크는 러시아 연해주에서 투자설명회를 열었다.", "연해주"),
        ("다온테크는 우크라이나 리비우주에서 투자설명회를 열었다.", "리비우주"),
        ("다온테크는 인도 노이다에서 투자설명회를 열었다.", "노이다"),
        ("다온테크는 스웨덴 웁살라에서 투자설명회를 열었다.", "웁살라"),
    ],
)
def test_a_known_state_province_or_neighbourhood_is_where_an_event_is_held(text, place):
    assert ("투자설명회", place) in held_in(text)


def test_a_state_named_like_a_country_is_written_with_its_ending():
    names = {name for entry in LEXICON.places for name in entry.names}
    assert "조지아주" in names and "뉴욕주" in names


def test_a_country_joined_to_a_meeting_by_gwaui_is_its_partner_not_its_place():
    assert not any(event == "베트남과의 양자면담" for event, _ in held_in("가나부는 베트남과의 양자면담도 진행했다."))


@pytest.mark.parametrize(
    "text, venue",
    [
        # a brand the lexicon does not know, a city, a known venue: one hotel
        ("가나부는 메리온 부산 벡스코에서 포럼을 열었다.", "메리온 부산 벡스코"),
        # a hotel written with its city after it
        ("가나부는 롯데호텔 서울에서 포럼을 열었다.", "롯데호텔 서울"),
    ],
)
def test_a_hotel_name_holds_its_city(text, venue):
    assert held_in(text) == {("포럼", venue)}


def test_a_city_before_a_venue_stays_a_place_of_its_own():
    assert held_in("가나부는 부산 벡스코에서 포럼을 열었다.") == {("포럼", "벡스코"), ("포럼", "부산")}


@pytest.mark.parametrize(
    "text, site",
    [
        # a compound proper name right after a known place, where something happens, is a site there
        ("가나부는 서울 마포구 한빛창업허브에서 간담회를 열었다.", "한빛창업허브"),
        ("가나부는 서울 한빛타워에서 간담회를 열었다.", "한빛타워"),
    ],
)
def test_a_compound_name_after_a_place_where_an_event_is_held_is_a_site(text, site):
    assert ("간담회", site) in held_in(text)


def test_an_event_name_after_a_place_is_no_site():
    assert not any(place == "서울 국제포럼" for _, place in held_in("가나부는 서울 국제포럼에서 발표했다."))


@pytest.mark.parametrize(
    "text, places",
    [
        # a city of CLDR's exemplar cities, named with its country: held in both
        ("가나전자는 러시아 이르쿠츠크에서 투자설명회를 열었다.", {"이르쿠츠크", "러시아"}),
        ("가나전자는 멕시코 칸쿤에서 투자설명회를 열었다.", {"칸쿤", "멕시코"}),
        # CLDR's Korean form of a capital the table spells otherwise is one of its names
        ("가나전자는 쿠바 하바나에서 투자설명회를 열었다.", {"아바나", "쿠바"}),
    ],
)
def test_cities_from_cldr_are_known_with_their_country(text, places):
    assert {place for event, place in held_in(text) if event == "투자설명회"} == places


def test_a_minor_city_alone_is_not_matched_where_it_may_be_a_name():
    # 다윈 is an Australian city in CLDR and a person's name: alone it names no place
    assert held_in("가나전자는 다윈의 책을 소개하는 설명회를 열었다.") == set()


def test_every_local_government_office_word_is_a_venue_ending():
    suffixes = set(LEXICON.place_suffixes)
    assert {"시청", "도청", "군청", "구청"} <= suffixes


@pytest.mark.parametrize(
    "text, place",
    [
        ("가나전자는 베트남 타이빈성에서 투자설명회를 열었다.", "타이빈성"),
        ("가나전자는 인도네시아 서자바주에서 투자설명회를 열었다.", "서자바주"),
        ("가나전자는 인도 타밀나두주에서 투자설명회를 열었다.", "타밀나두주"),
        ("가나전자는 멕시코 누에보레온주에서 투자설명회를 열었다.", "누에보레온주"),
        ("가나전자는 중국 산시성에서 투자설명회를 열었다.", "산시성"),
    ],
)
def test_first_level_divisions_abroad(text, place):
    assert ("투자설명회", place) in held_in(text)


@pytest.mark.parametrize(
    "text, body",
    [
        ("가나전자는 베트남 타이빈성 인민위원회와 투자협약을 맺었다.", "타이빈성 인민위원회"),
        ("가나전자는 미국 조지아주 정부와 투자협약을 맺었다.", "조지아주 정부"),
        ("장관은 칠레 정부와 협력 방안을 논의했다.", "칠레 정부"),
    ],
)
def test_a_foreign_place_before_a_government_noun_is_that_government(text, body):
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    assert body in {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}


def test_the_home_country_before_a_government_noun_is_left_alone():
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text="한국 정부는 계획을 발표했다."), LEXICON)
    assert "한국 정부" not in {e.name for e in result.entities.values()}


@pytest.mark.parametrize(
    "text, bodies",
    [
        ("지사는 캐나다 의회 및 정부 관계자와 면담했다.", {"캐나다 의회", "캐나다 정부"}),
        ("장관은 칠레 정부와 의회 관계자를 만났다.", {"칠레 정부", "칠레 의회"}),
    ],
)
def test_a_foreign_countrys_bodies_joined_after_its_name(text, bodies):
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    assert bodies <= {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}


def test_a_building_named_with_its_body_is_a_venue():
    text = "장관은 이날 오전 칠레 외교부 라모네다 건물에서 방명록에 서명했다."
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    assert "라모네다 건물" in {e.name for e in result.entities.values() if e.cls == "Place"}
