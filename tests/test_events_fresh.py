"""Events as fresh text of the genre tells them (made-up sentences): event words of festivals, fairs and
greetings, a quoted name that is the subject of '열리다', a quoted name before '행사', a year that opens a
name, a round of a contest, and a meal after a ceremony."""

import pytest

from .made_up import extract

EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}


def events(text: str) -> dict[str, object]:
    return {e.name: e for e in extract(text).entities.values() if e.cls in EVENT_CLASSES}


@pytest.mark.parametrize(
    "text, event",
    [
        # words of the genre for fairs, festivals, greetings and shows
        ("누리시는 오는 5월 누리 농특산물 페어를 개최한다.", "누리 농특산물 페어"),
        ("한별도는 28일 도청 대강당에서 신년 인사회를 개최했다.", "신년 인사회"),
        ("다온시는 오는 12월 다온 국제 영화제를 개최한다.", "다온 국제 영화제"),
        ("누리구는 12일 구청 앞 광장에서 누리 농산물 장터를 열었다.", "누리 농산물 장터"),
        ("가람재단은 다음 달 가람 청소년 과학축전을 연다.", "가람 청소년 과학축전"),
        ("누리군은 14일 군청 광장에서 누리 쌀 품평회를 가졌다.", "누리 쌀 품평회"),
        # a round of a contest belongs to its name
        ("한별시는 11일 한별아트홀에서 제1회 한별 청소년 음악 경연대회 본선을 개최했다.",
         "제1회 한별 청소년 음악 경연대회 본선"),
    ],
)
def test_event_words_of_fresh_text(text, event):
    assert event in events(text)


@pytest.mark.parametrize(
    "text, event, day",
    [
        # a quoted name whose clause says it is held, with the date and place between
        ("「2026 다온 푸드」가 21일부터 사흘간 다온컨벤션센터에서 열린다.", "2026 다온 푸드", "---21"),
        ("'누리 봄맞이 한마당'이 다음 달 2일 개막한다.", "누리 봄맞이 한마당", "---02"),
        ("'가람 별빛 여행'은 오는 5일 개최된다.", "가람 별빛 여행", "---05"),
        # … and one that is the object of 열다
        ("중소벤처기업부는 오는 25일 대전에서 '2026 창업 한마당 컴업'을 연다.", "2026 창업 한마당 컴업", "---25"),
    ],
)
def test_a_quoted_name_that_is_held_is_an_event(text, event, day):
    found = events(text)
    assert event in found
    assert found[event].date.lexical == day


def test_a_quoted_name_that_only_comes_is_no_event():
    assert not events("'가람 별빛 여행'이 시민들의 큰 호응을 얻었다.")


def test_a_quoted_name_before_the_word_event_names_it():
    found = events("가나시는 4일 시청 앞 광장에서 '가나 사랑의 김장 나눔' 행사를 열었다.")
    assert "'가나 사랑의 김장 나눔' 행사" in found


@pytest.mark.parametrize(
    "text, event, short, day",
    [
        # a year before the name opens it, and the day before it dates it
        ("한별도는 28일 도청 대강당에서 2026년 신년 인사회를 개최했다.", "2026년 신년 인사회", "신년 인사회", "---28"),
        ("가람군은 13일 군청에서 2027년도 예산안 설명회를 개최하였다.", "2027년도 예산안 설명회", "예산안 설명회", "---13"),
    ],
)
def test_a_year_opens_a_name_and_the_day_dates_it(text, event, short, day):
    found = events(text)
    assert found[event].date.lexical == day
    assert short in found[event].aliases


def test_a_meal_after_a_ceremony_is_named_without_it():
    found = events("가나시와 다라시는 19일 가나시청에서 자매결연 협정을 체결했다. 양 시장은 서명식 이후 오찬을 함께했다.")
    assert "오찬" in found and not any("이후" in name for name in found)


def test_a_long_chain_of_modifiers_stays_in_the_name():
    text = "가람도는 27일 도청에서 가람 미래 모빌리티 산업 육성 전략 보고회를 개최했다."
    assert "가람 미래 모빌리티 산업 육성 전략 보고회" in events(text)


def pairs_of(text: str, predicate: str) -> set[tuple[str, str]]:
    result = extract(text)
    name = {k: e.name for k, e in result.entities.items()}
    return {(name[r.subject], name[r.object]) for r in result.relations if r.predicate == predicate}


@pytest.mark.parametrize(
    "text, event, also, day, host",
    [
        # a bare ceremony word after the verb of what it opens: named by the verb's object, dated and hosted by its sentence
        ("중소벤처기업부는 15일 하노이에 '한-가나 창업 협력센터'를 개소했다. 개소식에는 가나국 차관이 참석했다.",
         "한-가나 창업 협력센터 개소식", "한-가나 창업 협력센터 개소", "---15", "중소벤처기업부"),
        ("서울특별시는 3일 미래산업위원회를 출범했다. 출범식에는 위원 30명이 참석했다.",
         "미래산업위원회 출범식", "미래산업위원회 출범", "---03", "서울특별시"),
        ("부산광역시는 오는 20일 해양 청년센터를 개관한다. 개관식에는 시민 200명이 초청된다.",
         "해양 청년센터 개관식", "해양 청년센터 개관", "---20", "부산광역시"),
    ],
)
def test_a_bare_ceremony_is_named_by_what_it_opens(text, event, also, day, host):
    found = events(text)
    assert event in found and also in found[event].aliases
    assert found[event].date.lexical == day
    assert (host, event) in pairs_of(text, "organized")
    assert len([n for n in found if "출범" in n or "개소" in n or "개관" in n]) == 1  # one event, not the verb's and the ceremony's


def test_a_ceremony_with_no_verb_before_it_keeps_its_word():
    assert "개소식" in events("가나시장은 이날 개소식에 참석해 축사를 했다.")


@pytest.mark.parametrize(
    "text, event",
    [
        # two ceremonies of one class joined by 및 are one occasion; an agreement and a meeting are two events
        ("누리시는 9일 누리센터 개소식 및 현판식을 가졌다.", "누리센터 개소식 및 현판식"),
        ("누리시는 9일 설명회 및 상담회를 열었다.", "설명회 및 상담회"),
    ],
)
def test_event_words_of_one_class_joined_name_one_event(text, event):
    assert set(events(text)) == {event}


def test_an_agreement_and_a_meeting_joined_are_two_events():
    assert {"업무협약", "간담회"} <= set(events("누리시는 9일 다온시와 업무협약 및 간담회를 가졌다."))


def test_a_joined_name_after_one_of_its_events_is_that_event_again():
    text = "가람체육회는 8일 가람홀에서 통합 가람체육회 출범식을 개최한다. 출범식 및 현판식에는 300여명이 참석한다."
    found = events(text)
    assert set(found) == {"통합 가람체육회 출범식"}
    assert "출범식 및 현판식" in found["통합 가람체육회 출범식"].aliases


@pytest.mark.parametrize(
    "text, event",
    [
        # an agreement paper signed is a signing (a sister-city tie is one where an agreement word names it:
        # '자매결연 협약'); a fund's forming ceremony is an event
        ("누리시는 19일 가람시와 자매결연 협약을 체결했다.", "자매결연 협약"),
        ("누리구는 다온구와 문화 교류합의서를 체결했다.", "문화 교류합의서"),
        ("중소기업청은 24일 과천에서 '한빛벤처펀드' 결성식을 열었다.", "'한빛벤처펀드' 결성식"),
    ],
)
def test_signings_and_ceremonies_of_fresh_text(text, event):
    assert event in events(text)


def test_a_sister_city_tie_told_alone_is_a_standing_relation_not_an_event():
    assert not events("누리시는 2011년 가람시와 자매결연을 맺었다.")


def test_an_event_word_before_an_anniversary_is_no_event_of_its_own():
    found = events("누리시장은 누리시·가람시 자매결연 30주년 기념 공연에 참석한다.")
    assert len(found) == 1 and next(iter(found)).endswith("자매결연 30주년 기념 공연")


def test_a_tour_told_by_its_verb_is_no_event_named_by_the_bare_word():
    assert "견학" not in events("대표단은 다온구의 주요 시설들을 견학하고 교류 방향을 논의할 예정이다.")


def test_a_quoted_programme_that_opens_is_no_event():
    assert not events("누리시는 내년 상반기 '누리 청년창업센터'를 연다.")


@pytest.mark.parametrize(
    "text, shorter",
    [
        # each object after a partner or a conjunction of a purpose clause starts a shorter name of the signing
        ("가람대학교는 9일 다온협의회와 지역 산업 육성과 산학협력 촉진을 위한 업무협약을 체결했다.",
         {"지역 산업 육성과 산학협력 촉진을 위한 업무협약", "산학협력 촉진을 위한 업무협약"}),
        ("부산광역시는 9일 울산광역시와 관광 활성화 및 교류 확대를 위한 협약을 맺었다.",
         {"관광 활성화 및 교류 확대를 위한 협약", "교류 확대를 위한 협약"}),
    ],
)
def test_a_purpose_clause_of_joined_objects_gives_shorter_names(text, shorter):
    (signing,) = [e for e in events(text).values() if e.cls == "AgreementSigning"]
    assert shorter <= {signing.name, *signing.aliases}


def test_the_headline_names_a_signing_the_body_calls_by_a_shorter_word():
    from pathlib import Path

    from kg.extract import extract_article
    from kg.types import Article

    from .made_up import LEXICON

    text = "진천군은 15일 군청에서 ㈜다온에너지와 협약을 체결했다."
    article = Article(source=Path("made-up.txt"), index=0, title="진천군, 다온에너지와 투자협약", text=text)
    signings = [e for e in extract_article(article, LEXICON).entities.values() if e.cls == "AgreementSigning"]
    assert len(signings) == 1 and "투자협약" in signings[0].aliases


@pytest.mark.parametrize(
    "text, trip",
    [
        # places in the genitive before a trip word are its destinations and name it
        ("한누리 총리는 쿠웨이트·콜롬비아·에콰도르의 공식방문을 위해 30일 출국한다.", "쿠웨이트·콜롬비아·에콰도르 공식방문"),
        ("다온부 장관은 베트남의 방문을 마치고 귀국했다.", "베트남 방문"),
    ],
)
def test_a_trip_named_by_places_in_the_genitive(text, trip):
    assert trip in events(text)


def test_a_person_in_the_genitive_names_no_trip():
    assert not any("대통령" in name for name in events("김 장관은 대통령의 방문에 동행했다."))


def test_a_signing_word_as_a_relative_verb_is_no_event():
    assert not events("누리시와 자매결연한 가람시 등 13개 도시가 한자리에 모인다.")
