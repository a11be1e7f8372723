from decimal import Decimal

import pytest

from kg.extract.normalize import find_amounts, find_dates


@pytest.mark.parametrize(
    "text, value, qualifier, as_of",
    [
        ("312억원 규모(7.9일 기준)의 수출상담", Decimal("31200000000"), None, "--07-09"),
        ("최대 3천억원 규모의 공동개발", Decimal("300000000000"), "up-to", None),
        ("800억원대 투자유치", Decimal("80000000000"), "order-of", None),
        ("1조 2천억원을 투자", Decimal("1200000000000"), None, None),
        ("최소 30억원 이상", Decimal("3000000000"), "at-least", None),
    ],
)
def test_money(text, value, qualifier, as_of):
    (_, _, amount), = find_amounts(text)
    assert (amount.value, amount.currency, amount.qualifier, amount.as_of) == (value, "KRW", qualifier, as_of)


@pytest.mark.parametrize(
    "text, lexical, datatype",
    [
        ("9월 14일 가나시에서", "--09-14", "gMonthDay"),
        ("기술협력 협약을 맺음(11.2)에 따라", "--11-02", "gMonthDay"),
        ("2027년10월19일에 정식 개관", "2027-10-19", "date"),
        ("2025년 3월 출범", "2025-03", "gYearMonth"),
        ("2031년까지 마칠 예정", "2031", "gYear"),
        ("1일 서울에서", "---01", "gDay"),
    ],
)
def test_dates_keep_only_what_the_text_states(text, lexical, datatype):
    (_, _, date), = find_dates(text)
    assert (date.lexical, date.datatype, date.inferred) == (lexical, datatype, False)


def test_as_of_date_is_not_an_event_date():
    assert find_dates("612억원 규모(11.14 기준)의 계약 상담 진행") == []


@pytest.mark.parametrize(
    "text, lexical",
    [
        # a span of days is dated by the day it starts
        ("지난 14~15일 열린 박람회", "---14"),
        ("10월 3∼7일 가나시에서 열리는 총회", "--10-03"),
        ("오는 6∼7일 면 단위로 열리는 행사", "---06"),
        ("지난 24일부터 28일까지 개최한 상담회", "---24"),
        ("9일부터 11일(현지시각)까지 열린 총회", "---09"),
        ("28일부터 다음 달 5일까지 다라국을 방문한다", "---28"),
        # a dash between two full dates spans them, across a month's end too
        ("지난 10월 30일~11월 1일 열린 박람회", "--10-30"),
        ("2028.12.30~2029.1.2 열리는 축제", "2028-12-30"),
    ],
)
def test_a_span_of_days_is_dated_by_its_first_day(text, lexical):
    assert [date.lexical for _, _, date in find_dates(text)] == [lexical]


@pytest.mark.parametrize(
    "text, lexicals",
    [
        # a date between a quotative ending and the last word dates the report, not what is reported
        ("가나부는 다라국을 방문해 수주 지원에 나선다고 30일 밝혔다.", []),
        ("가나부는 12일 간담회를 열었다고 13일 밝혔다.", ["---12"]),
        ("7일 다라도와 관내 5개 군에 따르면 마바군은 오는 12일 열기로 한 음악회를 취소했다.", ["---12"]),
        # '일간' counts days; '일 간담회' is a day and a meeting
        ("가나시는 17일 간담회를 열었다.", ["---17"]),
        ("3일간 열린 박람회", []),
    ],
)
def test_report_dates_and_durations_are_no_event_dates(text, lexicals):
    assert [date.lexical for _, _, date in find_dates(text)] == lexicals


def test_a_decade_is_no_year():
    assert find_dates("1990년대생 직원들과 간담회를 열었다.") == []


@pytest.mark.parametrize(
    "text, dates",
    [
        # a month with a part of it and no day (event_name_parts.tsv month-part) is dated by the month alone
        ("가람시는 7월 셋째 주 시민 토론회를 연다.", [("--07", "gMonth")]),
        ("박람회는 9월 말 열린다.", [("--09", "gMonth")]),
        ("설명회는 3월 중순께 열릴 예정이다.", [("--03", "gMonth")]),
        ("7월 말부터 8월 초까지 공모한다.", [("--07", "gMonth")]),  # the second closes the span
        ("2027년 5월 초 출범한다.", [("2027-05", "gYearMonth")]),
        ("10월 중국 출장을 떠난다.", []),  # 중 that begins another word is no part of the month
        # a date written with dashes
        ("다온부는 2029-03-15 다온 포럼을 연다.", [("2029-03-15", "date")]),
        ("문의 전화번호는 02-1234-5678이다.", []),
    ],
)
def test_months_with_a_part_and_dates_with_dashes(text, dates):
    assert [(d.lexical, d.datatype) for _, _, d in find_dates(text)] == dates
