"""An event of several days that began by the page's date and lasts past it is under way (made-up sentences)."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def statuses(text: str, page_date: str = "2017-11-14") -> dict[str, str]:
    result = extract_article(Article(Path("a.txt"), 0, None, text, page_date=page_date), LEXICON)
    return {e.name: e.status for e in result.entities.values() if e.cls in {"Event", "Meeting"}}


@pytest.mark.parametrize(
    "text, event, status",
    [
        ("가나협회는 ‘2017 가나 수출상담회’를 14일부터 15일까지 양일간 여의도에서 개최한다.", "2017 가나 수출상담회", "in-progress"),
        ("가나도는 14일 춘천에서 수출 상담회를 열었다. 16일까지 진행되는 상담회에는 34개사가 참여한다.", "수출 상담회", "in-progress"),
        ("가나협회는 14~16일 부산에서 가나 박람회를 연다.", "가나 박람회", "in-progress"),
        # over before the page's date, or still to begin, or one day only
        ("가나협회는 10일부터 12일까지 부산에서 가나 박람회를 열었다.", "가나 박람회", "completed"),
        ("가나협회는 20일부터 22일까지 부산에서 가나 박람회를 연다.", "가나 박람회", "planned"),
        ("가나협회는 14일 부산에서 가나 포럼을 연다.", "가나 포럼", "planned"),
    ],
)
def test_an_event_that_spans_the_pages_date_is_under_way(text, event, status):
    assert statuses(text)[event] == status


@pytest.mark.parametrize(
    "text, lexical",
    [
        ("오는 13, 14일 개최하기로 했다", "---13"),
        ("5월 13·14일 열린다", "--05-13"),
        ("지난 3일 80명, 4일 90명이 참석했다", "---03"),
    ],
)
def test_days_listed_stand_for_the_first_of_them(text, lexical):
    from kg.extract.normalize import find_dates

    assert find_dates(text)[0][2].lexical == lexical


def test_the_last_day_listed_closes_the_event():
    assert statuses("가나협회는 14, 15일 양일간 부산에서 가나 박람회를 연다.")["가나 박람회"] == "in-progress"
