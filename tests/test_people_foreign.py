"""Foreign officials named before their country's body and their title: made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def people(text: str) -> dict[str, str | None]:
    result = extract_article(Article(Path("made-up.txt"), 0, None, text), LEXICON)
    name = {k: e.name for k, e in result.entities.items()}
    employers = {name[r.subject]: name[r.object] for r in result.relations if r.predicate == "affiliatedWith"}
    return {e.name: employers.get(e.name) for e in result.entities.values() if e.cls == "Person"}


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("존 스미스 미국 상무부 차관이 방한했다.", "존 스미스", "미국 상무부"),
        ("마리아 로페스 칠레 환경부 장관과 면담했다.", "마리아 로페스", "칠레 환경부"),
        ("미국 상무부 존 스미스 차관이 방한했다.", "존 스미스", "미국 상무부"),
    ],
)
def test_a_foreign_name_before_a_body_of_two_words_and_a_title(text, person, body):
    assert people(text).get(person) == body


def test_a_korean_name_before_a_body_is_still_one_word():
    assert people("김철수 중소벤처기업부 장관은 이날 간담회를 주재했다.") == {"김철수": "중소벤처기업부"}


def test_former_before_a_title_is_no_surname():
    assert "전" not in people("행사에는 전 장관인 박민수 씨도 참석했다.")


def test_a_surname_named_in_full_before_is_that_person():
    assert "전지훈" in people("전지훈 장관은 회의를 열었다. 전 장관은 이어 기자들과 만났다.")


@pytest.mark.parametrize("text, person", [("가나상공회의소 회장과 마틴 호프링거 대표가 참석했다.", "마틴 호프링거"),
                                          ("간담회에는 토마스 베버링 대표가 참석했다.", "토마스 베버링")])
def test_a_foreign_given_name_shaped_like_a_korean_name_and_a_family_name(text, person):
    assert person in people(text)


def test_a_korean_name_before_a_body_with_an_ending_keeps_the_body():
    assert people("김철수 가나전자 대표가 참석했다.") == {"김철수": "가나전자"}


def test_a_unit_glued_to_a_title_after_a_known_body_is_a_post_in_that_body():
    result = extract_article(Article(Path("made-up.txt"), 0, None, "김민수 중진공 기술지원처장은 말했다."), LEXICON)
    assert {(e.name, e.title) for e in result.entities.values() if e.cls == "Person"} == {("김민수", "기술지원처장")}
    assert people("김민수 중진공 기술지원처장은 말했다.") == {"김민수": "중소벤처기업진흥공단"}


@pytest.mark.parametrize(
    "text, person",
    [("베트남 산업통상부 쩐 민 끼엠 장관과 면담했다.", "쩐 민 끼엠"),
     ("행사에는 쯔엉 꽝 니엔 국장 등이 자리를 함께했다.", "쯔엉 꽝 니엔")],
)
def test_a_name_of_three_short_words_is_one_foreign_name(text, person):
    assert person in people(text)


def test_time_words_before_a_korean_name_are_no_part_of_it():
    assert "박영희" in people("전날 밤 박영희 위원장의 발표가 있었다.")


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("김하나 외교부 장관은 카를로스 멘데스 칠레 외교부 장관과 회담했다.", "카를로스 멘데스", "칠레 외교부"),
        ("이다라 산업통상자원부 장관은 존 스미스 캐나다 산업부 장관과 만났다.", "이다라", "산업통상자원부"),
    ],
)
def test_a_foreign_ministry_is_not_the_home_ministry_of_the_same_name(text, person, body):
    assert people(text).get(person) == body


@pytest.mark.parametrize(
    "text, body",
    [("장관은 칠레 외교장관과 회담했다.", "칠레 외교부"), ("차관은 케냐 외교부장관과 만났다.", "케냐 외교부")],
)
def test_a_foreign_country_before_a_ministers_title_names_its_ministry(text, body):
    result = extract_article(Article(Path("made-up.txt"), 0, None, text), LEXICON)
    bodies = [e.name for e in result.entities.values() if e.cls == "GovernmentBody"]
    assert bodies == [body]


def test_a_foreigner_with_a_home_ministers_title_is_no_official_of_the_home_ministry():
    text = "김하나 장관은 칠레를 방문해 카를로스 멘데스 외교장관과 만났다."
    assert people(text).get("카를로스 멘데스") is None


@pytest.mark.parametrize("text, person", [("장관은 폴 라거스 대표와 만났다.", "폴 라거스"), ("장관은 잭 하라니 의장과 만났다.", "잭 하라니")])
def test_a_one_syllable_given_name_that_is_no_surname_opens_a_foreign_name(text, person):
    assert person in people(text)


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("장관은 마리아 호세 로페스 칠레 환경부 장관과 만났다.", "마리아 호세 로페스", "칠레 환경부"),
        ("행사에는 안나 마리아 실바 페루 통상부 장관이 참석했다.", "안나 마리아 실바", "페루 통상부"),
    ],
)
def test_a_foreign_name_of_three_words_before_a_body_and_a_title(text, person, body):
    assert people(text).get(person) == body


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("다니엘 포스터 다온테크 대표가 말했다.", "다니엘 포스터", "다온테크"),  # 포스터 read as a common noun before a body
        ("리처드 베이커 누리소재 대표가 말했다.", "리처드 베이커", "누리소재"),
        ("스즈키 히로시 다온테크 대표가 말했다.", "스즈키 히로시", "다온테크"),  # one morpheme across the space, ending in 시
        ("이시카와 다케시 다온테크 대표가 말했다.", "이시카와 다케시", "다온테크"),
        ("다카하시 겐 다온테크 대표가 말했다.", "다카하시 겐", "다온테크"),  # a family name ending in 시
    ],
)
def test_a_foreign_name_whose_word_reads_as_a_common_noun_or_a_city(text, person, body):
    assert people(text) == {person: body}


@pytest.mark.parametrize("text, person", [("야마다 히로시 대표가 말했다.", "야마다 히로시"),
                                          ("이시카와 다케시 대표가 말했다.", "이시카와 다케시"),
                                          ("다카하시 겐 대표가 말했다.", "다카하시 겐")])
def test_a_japanese_name_ending_in_si_is_no_city(text, person):
    assert people(text) == {person: None}


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("다온테크 대표 다니엘 포스터는 말했다.", "다니엘 포스터", "다온테크"),
        ("다온테크 대표 마리아 페르난데스 가르시아는 말했다.", "마리아 페르난데스 가르시아", "다온테크"),
        ("다온테크 대표 야마다 히로시는 말했다.", "야마다 히로시", "다온테크"),
        ("다온테크 대표 존 킹은 말했다.", "존 킹", "다온테크"),
    ],
)
def test_a_foreign_name_after_the_body_and_its_title(text, person, body):
    assert people(text) == {person: body}


@pytest.mark.parametrize("text, person", [("응우옌 반 다온 대표가 말했다.", "응우옌 반 다온"),
                                          ("쩐 티 누리 부총리가 방한했다.", "쩐 티 누리")])
def test_a_vietnamese_name_opens_with_its_family_name_whatever_the_dictionary_reads(text, person):
    assert person in people(text)


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("다니엘 포스터 오리건주 주지사가 방한했다.", "다니엘 포스터", "오리건주"),
        ("에릭 존슨 오리건 주지사가 방한했다.", "에릭 존슨", "오리건주"),
        ("오리건주 주지사 다니엘 포스터가 방한했다.", "다니엘 포스터", "오리건주"),
        ("오무라 다로 아이치현 지사가 방한했다.", "오무라 다로", "아이치현"),
        ("쩐 반 다온 박닌성 인민위원장이 방한했다.", "쩐 반 다온", "박닌성 인민위원회"),
        ("차우 반 누리 뚜옌꽝성 당서기장이 방한했다.", "차우 반 누리", "뚜옌꽝성"),  # a party post in the province
        ("쩐 반 다온 하노이시 인민위원장이 방한했다.", "쩐 반 다온", "하노이시"),  # a foreign city's government is no home body
        ("응우옌 부 다온 주한베트남대사가 참석했다.", "응우옌 부 다온", "주한베트남 대사관"),  # 부: one syllable, no ministry
    ],
)
def test_a_region_abroad_before_its_heads_title_is_its_government(text, person, body):
    assert people(text) == {person: body}


@pytest.mark.parametrize("text, person", [("왕다온 중국 국가주석이 방한했다.", "왕다온"), ("토마스 하퍼 칠레 대통령과 면담했다.", "토마스 하퍼")])
def test_a_head_of_state_is_employed_by_no_country(text, person):
    assert people(text) == {person: None}


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("중국 가전기업인 다온그룹 쾅누리 회장이 방한했다.", "쾅누리", "다온그룹"),  # a Chinese name in one word after its body
        ("방한한 쩡다온(鄭多溫) 회장은 공장을 둘러봤다.", "쩡다온", None),  # glossed in Chinese characters
    ],
)
def test_a_foreign_name_in_one_word_between_body_and_title(text, person, body):
    assert people(text).get(person, "missing") == body


def test_a_family_name_met_before_is_the_person_not_a_company():
    assert people("마이클 하퍼 대표가 방한했다. 하퍼 대표는 공장을 둘러봤다.") == {"마이클 하퍼": None, "하퍼": None}


@pytest.mark.parametrize(
    "text, person, body",
    [
        ("한빛 병원 제임스 리 원장이 참석했다.", "제임스 리", "한빛 병원"),  # the ending as a word of its own, the body first
        ("마이클 하퍼 한빛 연구소 소장이 참석했다.", "마이클 하퍼", "한빛 연구소"),  # two proper nouns name the person
        ("김철수 한빛 연구소 소장이 참석했다.", "김철수", "한빛 연구소"),
    ],
)
def test_a_body_whose_ending_is_a_word_of_its_own_beside_its_heads_name(text, person, body):
    assert people(text) == {person: body}
