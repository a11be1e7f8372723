"""Kinds of event the genre names, and the host's mark before a name (made-up sentences)."""

import pytest

from .made_up import extract

EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment"}


def events(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values() if e.cls in EVENT_CLASSES}


@pytest.mark.parametrize(
    "text, event, cls",
    [
        # a letter of intent and a joint declaration are signed as an MOU is
        ("가나기계는 다라국 농업부와 ‘농기계 기부 의향서’를 체결했다.", "농기계 기부 의향서", "AgreementSigning"),
        ("홍길동 시장은 3일 다라시와 우호협력의향서를 체결한다.", "우호협력의향서", "AgreementSigning"),
        ("두 기관은 녹색성장 협력 공동선언문에 서명했다.", "녹색성장 협력 공동선언문", "AgreementSigning"),
        # high-level policy consultations between governments are meetings
        ("양국은 12일 서울에서 제3차 고위정책협의를 개최했다.", "제3차 고위정책협의", "Meeting"),
    ],
)
def test_kinds_of_event_of_the_genre(text, event, cls):
    assert events(text).get(event) == cls


@pytest.mark.parametrize(
    "text, event",
    [
        ("홍길동 대통령은 11일 저녁 가나궁에서 열린 마르그레테 2세 주최 국빈만찬에 참석했다.", "국빈만찬"),
        ("홍길동 실장은 다라일보 주최 포럼에서 발표했다.", "다라일보 주최 포럼"),
    ],
)
def test_a_name_never_opens_with_the_hosts_mark(text, event):
    assert event in events(text)
