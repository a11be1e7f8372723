"""A meeting told by its verb alone ('…와 만나', '…를 접견하고') is a meeting named by its counterpart."""

import pytest

from .made_up import extract


def meetings(text: str) -> set[str]:
    """Every label of the text's meetings: a meeting is named by its counterpart as written, and by his country."""
    return {label for e in extract(text).entities.values() if e.cls == "Meeting" for label in (e.name, *e.aliases)}


@pytest.mark.parametrize("text, name", [
    ("산업통상자원부 장관은 12일 몽골 에너지부 장관과 만나 협력 방안을 논의했다.", "몽골 에너지부 장관 면담"),
    ("산업통상자원부 장관은 12일 몽골 에너지부 장관과 만나 협력 방안을 논의했다.", "몽골 면담"),
    ("외교부 차관은 8일 서울에서 칠레 외교부 차관을 만났다.", "칠레 면담"),
    ("기획재정부 장관은 오는 3일 세계은행 총재와 만나 지원 방안을 논의할 예정이다.", "세계은행 총재 면담"),
])
def test_a_meeting_verb_with_its_counterpart_is_a_meeting(text, name):
    assert name in meetings(text)


@pytest.mark.parametrize("text", [
    "산업통상자원부 장관은 12일 몽골 에너지부 장관과 면담을 가졌다.",  # the noun names the meeting
    "장관은 이날 몽골 에너지부 장관과도 만나 의견을 나눴다.",  # the day's meeting told before
    "몽골 에너지부 장관을 만난 자리에서 장관은 협력을 당부했다.",  # a relative form: no predicate of its own
])
def test_no_second_meeting_from_the_verb(text):
    assert not any(name.endswith("몽골 면담") for name in meetings(text))


def test_a_bare_title_names_no_counterpart():
    assert not meetings("가나부 차관은 몽골을 방문해 장관을 만난다.")


def test_the_meeting_is_dated_and_placed_by_its_sentence():
    result = extract("외교부 차관은 8일 서울에서 칠레 외교부 차관을 만났다.")
    (meeting,) = [e for e in result.entities.values() if "칠레 면담" in e.aliases]
    assert meeting.date.lexical == "---08" and meeting.place is not None


def test_the_finder_names_a_meeting_by_its_verbal_noun():
    """'접견했다': the verbal noun names the meeting; whether it is an event is the relation stage's to say."""
    from kg.extract import _extractor
    from kg.extract.people import Introduced
    from kg.morph import split_sentences

    from .made_up import LEXICON

    extractor = _extractor(LEXICON)
    (sentence,) = split_sentences("가나도 지사는 5일 다라국 대사를 접견했다.", LEXICON)
    found = extractor.events.find(sentence, extractor.mentions.find(sentence, Introduced()))
    assert [m.name for m in found if m.cls == "Meeting"] == ["다라국 대사 접견"]


def test_a_meeting_named_later_is_what_they_talk_about_not_the_meeting():
    # '만나 … 가나 총회 준비를 논의한다': the assembly is the topic; the verb still tells a meeting
    found = extract("김 시장은 다라시 가나연합 본부에서 마바 사라 사무총장과 만나 가나연합 총회 준비에 대해 논의할 계획이다.")
    names = {e.name: e.aliases for e in found.entities.values() if e.cls == "Meeting"}
    assert "마바 사라 사무총장 면담" in names
    assert "사라 사무총장 면담" in names["마바 사라 사무총장 면담"]


def test_a_meeting_on_a_visit_is_the_visit():
    # '가나국을 방문해 … 장관과 만나': one event, the visit, also named by the meeting
    found = extract("김 장관은 27일 오스트리아를 방문해 마바 사라 외교장관과 만나 협력 방안을 논의한다.")
    events = {e.name: e.aliases for e in found.entities.values() if e.cls in {"Event", "Meeting"}}
    assert set(events) == {"오스트리아 방문"}
    assert "마바 사라 외교장관 면담" in events["오스트리아 방문"]
