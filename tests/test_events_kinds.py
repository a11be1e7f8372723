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


def test_a_speech_pointing_back_names_the_event_without_its_demonstrative():
    found = events("가나대와 다라시는 관·학 교류 협약을 체결했다. 홍길동 총장은 “이번 관·학 교류 협약 체결로 일자리창출이 기대된다”고 말했다.")
    assert list(found) == ["관·학 교류 협약"]


@pytest.mark.parametrize(
    "text",
    [
        "홍길동 장관은 “오늘 간담회는 애로사항을 현장에서 들을 수 있는 자리였다”며 말했다.",  # what the meeting was
        "가나청은 애로사항을 들을 수 있는 자리를 마련했다.",  # '수' opens no name
    ],
)
def test_a_light_noun_names_no_event_as_a_description_or_after_a_bound_noun(text):
    assert not any(name.endswith("자리") and name.startswith("수") for name in events(text))
    assert "수 있는 자리" not in events(text)


def test_the_side_written_with_between_is_no_part_of_the_name():
    assert "업무협약" in events("가나청과 다라대간 업무협약을 체결했다.")


def test_a_bare_ceremony_word_after_a_launch_is_its_ceremony():
    result = extract("가나창업센터가 17일 출범했다. 센터는 창업을 돕는다. 센터는 크다. 출범식에는 홍길동 장관이 참석했다.")
    launches = [e for e in result.entities.values() if e.cls == "Event"]
    assert [e.name for e in launches] == ["가나창업센터 출범"]
    assert "출범식" in launches[0].aliases
    assert launches[0].date.lexical == "---17"
