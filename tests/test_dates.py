"""Partial dates completed against the publication date the page marks."""

import datetime
from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.extract.dates import complete_dates, resolve_date
from kg.lexicon import load_lexicon
from kg.types import Article, ArticleGraph, DateValue, Entity

PUBLISHED = datetime.date(2024, 6, 3)
LEXICON = load_lexicon()


@pytest.mark.parametrize("lexical, datatype, status, expected", [
    ("--05-28", "gMonthDay", "completed", "2024-05-28"),   # 지난달 28일 열린 간담회
    ("--12-20", "gMonthDay", "completed", "2023-12-20"),   # reported in June: last December
    ("--06-05", "gMonthDay", "completed", "2024-06-05"),   # a day or two either side of publication
    ("--07-10", "gMonthDay", "planned", "2024-07-10"),     # 7월 10일 열릴 예정
    ("--01-15", "gMonthDay", "planned", "2025-01-15"),     # planned for next January
    ("---08", "gDay", "completed", "2024-05-08"),          # 지난 8일, published on the 3rd
    ("---02", "gDay", "completed", "2024-06-02"),          # 지난 2일
    ("---12", "gDay", "planned", "2024-06-12"),            # 오는 12일
    ("---01", "gDay", "planned", "2024-07-01"),            # 오는 1일, published on the 3rd
])
def test_partial_dates_take_the_year_and_month_of_publication(lexical, datatype, status, expected):
    full = resolve_date(DateValue(lexical, datatype), PUBLISHED, status)
    assert full == DateValue(expected, "date", True)


@pytest.mark.parametrize("lexical, status, expected", [
    ("--07", "planned", "2024-07"),     # 7월 셋째 주 열릴 예정
    ("--06", "planned", "2024-06"),     # 이달 말: the month of publication is still ahead
    ("--03", "planned", "2025-03"),     # 3월 중순 개최 예정, published in June: next March
    ("--03", "completed", "2024-03"),   # 3월 초 열린 포럼
])
def test_a_month_alone_takes_the_nearest_year_the_status_allows(lexical, status, expected):
    assert resolve_date(DateValue(lexical, "gMonth"), PUBLISHED, status) == DateValue(expected, "gYearMonth", True)


def test_full_dates_and_years_stay_as_stated():
    assert resolve_date(DateValue("2023-10", "gYearMonth"), PUBLISHED, "completed") is None


def graph(page_date):
    article = Article(Path("a.txt"), 0, None, "중기부는 지난 28일 간담회를 열었다.", page_date=page_date)
    event = Entity("e", "Meeting", "간담회", date=DateValue("--05-28", "gMonthDay"), status="completed")
    return ArticleGraph(article, [], entities={"e": event})


def test_an_article_with_a_publication_date_gets_inferred_full_dates():
    date = complete_dates(graph("2024-06-03")).entities["e"].date
    assert (date.lexical, date.datatype, date.inferred) == ("2024-05-28", "date", True)


def test_without_a_publication_date_dates_stay_as_stated():
    assert complete_dates(graph(None)).entities["e"].date.lexical == "--05-28"


@pytest.mark.parametrize(
    "text, event, lexical",
    [
        # a postponed event is dated by the day it is put off to
        ("누리부는 15일로 예정됐던 출범식을 오는 6월9일로 2주 연기하기로 했다.", "출범식", "--06-09"),
        ("가나협회는 7월 열 예정이던 포럼을 9월 10일로 연기했다.", "포럼", "--09-10"),
        # 미루다 puts off as 연기하다 does, also when the sentence tells the decision ('미루기로 했다')
        ("다라청은 20일로 예정됐던 발대식을 오는 5월 3일로 미루기로 했다.", "발대식", "--05-03"),
        # with no new day, by the day it was to be held
        ("가나협회는 10일 열 예정이던 포럼을 연기했다.", "포럼", "---10"),
    ],
)
def test_a_postponed_event_is_dated_by_the_day_it_is_put_off_to(text, event, lexical):
    result = extract_article(Article(Path("made-up.txt"), 0, None, text), LEXICON)
    (entity,) = [e for e in result.entities.values() if e.name == event]
    assert entity.date.lexical == lexical


@pytest.mark.parametrize(
    "text, event, lexical",
    [
        # '이날': the day of the report told in the sentence before
        ("가나시는 다라국 기업과 투자 상담을 벌였다고 12일 밝혔다.\n이날 가나시청에서 열린 설명회에는 기업인 30명이 참석했다.",
         "설명회", "---12"),
        # the day the story last named, not a day still to come named in between
        ("누리시 시장은 3일 모든 일정을 취소했다.\n시장은 5일 예정된 토론회에도 불참한다.\n"
         "앞서 시장은 이날 오전 찾을 예정이었던 물류센터 견학을 취소했다.", "물류센터 견학", "---03"),
        # '같은 달 21일': the month told before
        ("가나펀드는 10월 5일 결성됐다.\n다라재단은 같은 달 21일 출범식을 가졌다.", "출범식", "--10-21"),
        # a span opened by '이날' starts on the day told before: its end is no date of the event
        ("가나시는 행사를 모두 멈춘다고 5일 밝혔다.\n가나시는 이날부터 오는 15일까지 열 예정이던 청소년 캠프를 취소했다.",
         "청소년 캠프", "---05"),
        # '이번 간담회': the event the story told, on the day it told
        ("가나부 장관은 7일 다라시에서 수출기업 대표들을 만났다.\n이번 수출 간담회에는 20개 기업이 참석했다.", "수출 간담회", "---07"),
        # what is part of a meeting happens on the meeting's day
        ("가나시는 지난 9일 다라공단에서 입주기업 간담회를 열었다.\n간담회는 공장 시찰을 시작으로 진행됐다.", "공장 시찰", "---09"),
    ],
)
def test_a_sentence_dated_by_the_day_told_before(text, event, lexical):
    result = extract_article(Article(Path("made-up.txt"), 0, None, text), LEXICON)
    (entity,) = [e for e in result.entities.values() if e.name.endswith(event)]
    assert entity.date.lexical == lexical
