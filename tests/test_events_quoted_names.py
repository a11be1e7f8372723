"""A kind of event right before a quoted name: one event, named by the quote (made-up sentences)."""

import pytest

from .made_up import extract, facts


@pytest.mark.parametrize(
    "text, name, status",
    [
        ("가나협회는 12일 코엑스에서 반도체 전시회 ‘가나쇼 2020’을 개최했다.", "가나쇼 2020", "completed"),
        ("가나협회는 코엑스에서 개최할 예정이었던 국내 최대 규모 반도체 장비 전시회 ‘가나쇼 2020’을 취소했다.", "가나쇼 2020", "cancelled"),
        ("가나부는 12일 부산에서 정책 설명회 ‘다라 이야기’를 열었다.", "다라 이야기", "completed"),
    ],
)
def test_the_quote_names_the_event_the_phrase_before_it_describes(text, name, status):
    events = {e.name: e for e in extract(text).entities.values() if e.cls in {"Event", "Meeting"}}
    assert list(events) == [name]
    assert events[name].status == status
    assert any(p == "heldIn" and s == name for s, p, _ in facts(text))


def test_speech_after_an_event_names_nothing():
    events = [e.name for e in extract("홍길동 장관은 포럼에서 “수출을 늘리겠다”고 말했다.").entities.values() if e.cls == "Meeting"]
    assert events == []


def test_a_quote_that_is_the_topic_names_nothing():
    events = {e.name for e in extract("가나부는 12일 세미나 ‘AI와 미래’를 주제로 강연을 열었다.").entities.values()
              if e.cls in {"Event", "Meeting"}}
    assert "AI와 미래" not in events
