from decimal import Decimal

import pytest

from kg.extract.normalize import find_amounts, find_dates


@pytest.mark.parametrize(
    "text, value, qualifier, as_of",
    [
        ("845억원 규모(5.3일 기준)의 투자유치", Decimal("84500000000"), None, "--05-03"),
        ("최대 5천억원 규모의 기술수출", Decimal("500000000000"), "up-to", None),
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
        ("4월 28일 보스턴에서", "--04-28", "gMonthDay"),
        ("업무협약을 체결(4.26)하였으며", "--04-26", "gMonthDay"),
        ("2024년6월7일에 최종 승인", "2024-06-07", "date"),
        ("2025년 3월 출범", "2025-03", "gYearMonth"),
        ("2025년까지 완성할 계획", "2025", "gYear"),
        ("1일 서울에서", "---01", "gDay"),
    ],
)
def test_dates_keep_only_what_the_text_states(text, lexical, datatype):
    (_, _, date), = find_dates(text)
    assert (date.lexical, date.datatype, date.inferred) == (lexical, datatype, False)


def test_as_of_date_is_not_an_event_date():
    assert find_dates("845억원 규모(5.3일 기준)의 투자유치 논의") == []


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
        ("3일 가나도와 도내 11개 시·군에 따르면 다라시는 오는 6일 예정된 축제를 취소했다.", ["---06"]),
        # '일간' counts days; '일 간담회' is a day and a meeting
        ("가나시는 17일 간담회를 열었다.", ["---17"]),
        ("3일간 열린 박람회", []),
    ],
)
def test_report_dates_and_durations_are_no_event_dates(text, lexicals):
    assert [date.lexical for _, _, date in find_dates(text)] == lexicals


def test_a_decade_is_no_year():
    assert find_dates("1990년대생 직원들과 간담회를 열었다.") == []
