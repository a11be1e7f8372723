"""Frames read from Korean grammar: one made-up sentence per predicate, particle and ending row."""

from __future__ import annotations

import pytest

from kg.extract.frames import FrameReader, Phrase, licensed, load_frame_tables
from kg.lexicon import load_lexicon
from kg.morph import split_sentences

from .made_up import facts

LEXICON = load_lexicon()
TABLES = load_frame_tables(LEXICON)
READER = FrameReader(TABLES)


def read(text: str, *names: str, kinds: dict[str, str] | None = None):
    """Frames of one sentence whose named phrases (each found once, in order) stand for entities
    (of the class kinds gives, else an organization)."""
    sentence = split_sentences(text, LEXICON)[0]
    phrases, at = [], 0
    for name in names:
        start = sentence.text.index(name, at)
        at = start + len(name)
        phrases.append(Phrase(name, (kinds or {}).get(name, "Organization"), sentence.start + start, sentence.start + at, name))
    return READER.read(sentence, phrases)


def roles(frame):
    return {(role, phrase.key) for role, phrase in frame.roles}


@pytest.mark.parametrize(
    "text, names, kind, expected, status",
    [
        ("가나공사는 다라재단과 업무협약을 체결했다.", ["가나공사", "다라재단", "업무협약"], "sign",
         {("agent", "가나공사"), ("partner", "다라재단"), ("theme", "업무협약")}, "completed"),
        ("두 기관은 양해각서에 서명할 예정이다.", ["두 기관", "양해각서"], "sign", {("agent", "두 기관"), ("theme", "양해각서")}, "planned"),
        ("가나시는 다라기업과 협약을 맺기로 했다.", ["가나시", "다라기업", "협약"], "sign",
         {("agent", "가나시"), ("partner", "다라기업"), ("theme", "협약")}, "planned"),
        ("협약이 체결됐다.", ["협약"], "sign", {("theme", "협약")}, "completed"),
        ("김 대표는 개소식에 참석했다.", ["김 대표", "개소식"], "attend", {("agent", "김 대표"), ("theme", "개소식")}, "completed"),
        ("장관은 중국을 방문할 계획이다.", ["장관", "중국"], "visit", {("agent", "장관"), ("destination", "중국")}, "planned"),
        ("가나청은 서울에서 간담회를 개최했다.", ["가나청", "서울", "간담회"], "host",
         {("agent", "가나청"), ("place", "서울"), ("theme", "간담회")}, "completed"),
        ("가나기업은 다라펀드로부터 투자를 유치했다.", ["가나기업", "다라펀드"], "attract",
         {("investee", "가나기업"), ("investor", "다라펀드")}, "completed"),
        ("가나펀드는 다라기업에 투자했다.", ["가나펀드", "다라기업"], "invest",
         {("investor", "가나펀드"), ("investee", "다라기업")}, "completed"),
        ("포럼은 돌연 연기됐다.", [], None, set(), None),
    ],
)
def test_predicate_and_particles_give_roles(text, names, kind, expected, status):
    frames = [f for f in read(text, *names) if f.kind == kind]
    if kind is None:
        return
    (frame,) = frames
    assert roles(frame) == expected
    assert frame.status == status


@pytest.mark.parametrize(
    "text, predicate, status",
    [
        ("협약을 체결했다.", "체결", "completed"),
        ("협약을 체결할 예정이다.", "체결", "planned"),
        ("협약을 체결하기로 했다.", "체결", "planned"),
        ("협약 체결을 논의하고 있다.", None, None),
        ("설명회를 개최한다.", "개최", "planned"),
        ("가나청은 설명회를 개최한다고 밝혔다.", "개최", "planned"),
        ("가나청은 설명회를 개최했다고 밝혔다.", "개최", "completed"),
        ("설명회를 취소했다.", None, None),
        ("설명회 개최를 연기했다.", None, None),
    ],
)
def test_the_ending_gives_the_status(text, predicate, status):
    frames = read(text)
    if predicate is None:
        assert all(f.predicate not in {"체결", "개최"} for f in frames)
        return
    (frame,) = [f for f in frames if f.predicate == predicate]
    assert frame.status == status


def test_a_relative_clause_gives_its_head_a_role():
    """'…에서 열린 포럼': 포럼 is the theme of 열리다, the hotel its place."""
    frames = read("장관은 서울호텔에서 열린 투자포럼에 참석했다.", "장관", "서울호텔", "투자포럼")
    host = next(f for f in frames if f.kind == "host")
    attend = next(f for f in frames if f.kind == "attend")
    assert roles(host) == {("place", "서울호텔"), ("theme", "투자포럼")}
    assert roles(attend) == {("agent", "장관"), ("theme", "투자포럼")}


def test_a_topic_carries_over_to_later_predicates():
    frames = read("가나공사는 서울을 방문해 협약을 체결했다.", "가나공사", "서울", "협약")
    assert {(f.kind, p.key) for f in frames for r, p in f.roles if r == "agent"} == {("visit", "가나공사"), ("sign", "가나공사")}


@pytest.mark.parametrize(
    "text, names, event, expected",
    [
        ("가나공사는 다라재단과 업무협약을 체결했다.", ["가나공사", "다라재단"], "협약",
         {("가나공사", "signedMOUWith", "다라재단"), ("협약", "party", "가나공사"), ("협약", "party", "다라재단")}),
        ("가나공사는 다라재단과 업무협약을 체결할 예정이다.", ["가나공사", "다라재단"], "협약",
         {("협약", "party", "가나공사"), ("협약", "party", "다라재단")}),
        # the table pairs every role; the kinds a relation joins are checked when it is written
        ("가나청은 부산에서 설명회를 열었다.", ["가나청", "부산"], "설명회",
         {("가나청", "organized", "설명회"), ("설명회", "heldIn", "부산"), ("설명회", "partOf", "부산")}),
    ],
)
def test_licensing_table_writes_relations(text, names, event, expected):
    frame = read(text, *names)[-1]
    assert set(licensed(frame, TABLES, Phrase(event, "Event", 0, 0, event))) == expected


@pytest.mark.parametrize(
    "text, names, kind, expected",
    [
        ("간담회도 이날 진행됐다.", ["간담회"], "host", {("theme", "간담회")}),
        ("김 장관은 세종청사에서 취임식을 가졌다.", ["김 장관", "세종청사", "취임식"], "hold",
         {("agent", "김 장관"), ("place", "세종청사"), ("theme", "취임식")}),
        ("가나도는 새 재단을 출범시킨다.", ["가나도", "새 재단"], "launch", {("theme", "새 재단")}),
        ("장관은 중국을 방문 중이다.", ["장관", "중국"], "visit", {("agent", "장관"), ("destination", "중국")}),
        ("김 장관의 멕시코 방문 기간에 협약이 체결된다.", ["김 장관", "멕시코"], "visit", {("owner", "김 장관"), ("destination", "멕시코")}),
    ],
)
def test_voice_and_noun_uses(text, names, kind, expected):
    (frame,) = [f for f in read(text, *names) if f.kind == kind]
    assert roles(frame) == expected


def test_a_phrase_before_an_unframed_verb_is_no_role():
    """'마음을 열고' is no host frame for a ceremony held ('갖고') before it."""
    frames = read("장관은 취임식을 갖고 마음을 열고 듣겠다고 말했다.", "장관", "취임식")
    assert all(("theme", "취임식") not in roles(f) for f in frames if f.kind == "host")


def test_an_apposition_in_brackets_takes_no_role():
    frames = read("가나공사(대표 김가나)와 다라협회는 협약을 체결했다.", "가나공사", "김가나", "다라협회")
    (sign,) = [f for f in frames if f.kind == "sign"]
    assert "김가나" not in {p.key for _, p in sign.roles}


@pytest.mark.parametrize(
    "text, names, event_name",
    [
        ("장관은 중국을 방문했다.", ["장관", "중국"], "중국 방문"),
        ("자문단이 위촉됐다.", ["자문단"], "자문단 위촉"),
    ],
)
def test_a_frame_names_its_event_from_a_phrase(text, names, event_name):
    (frame,) = [f for f in read(text, *names) if f.named_by]
    (phrase,) = frame.fillers(frame.named_by)
    assert f"{phrase.text} {frame.predicate}" == event_name


@pytest.mark.parametrize(
    "text, names, agents",
    [
        ("가나부·다라부·마바협회가 협약을 체결한다.", ["가나부", "다라부", "마바협회"], {"가나부", "다라부", "마바협회"}),
        ("가나부를 비롯해 다라부가 협약을 체결한다.", ["가나부", "다라부"], {"가나부", "다라부"}),
        ("가나공사와 다라재단은 협약을 체결했다.", ["가나공사", "다라재단"], {"가나공사", "다라재단"}),
        ("가나공사는 다라재단과 협약을 체결했다.", ["가나공사", "다라재단"], {"가나공사"}),
    ],
)
def test_joined_phrases_share_the_last_ones_particle(text, names, agents):
    (frame,) = [f for f in read(text, *names) if f.kind == "sign"]
    assert {p.key for p in frame.fillers("agent")} == agents


def test_a_body_right_before_its_representative_shares_his_role():
    """(The frame gives the role to the people; licensing.tsv gives it to the bodies that name their posts.)"""
    people = {"김가나 회장": "Person", "이다라 청장": "Person"}
    frames = read("가나협회 김가나 회장과 다라청 이다라 청장은 간담회를 열었다.", "가나협회", "김가나 회장", "다라청", "이다라 청장",
                  kinds=people)
    (host,) = [f for f in frames if f.kind == "host"]
    assert {p.key for p in host.fillers("agent")} == set(people)


@pytest.mark.parametrize(
    "text, name",
    [
        ("가나부는 문화예술분야 교류를 위한 양해각서를 체결한다.", "문화예술분야 교류를 위한 양해각서"),
        ("가나청은 제12회 지역상생주간 행사를 열었다.", "제12회 지역상생주간 행사"),
        ("가나군은 한가위 민속 행사를 취소했다.", "한가위 민속 행사"),
        ("가나시는 지역 농가의 판로와 수출 확대를 위한 업무협약을 맺었다.", "지역 농가의 판로와 수출 확대를 위한 업무협약"),
        ("가나청은 다음 달 제1차 회의를 연다.", "제1차 회의"),
        ("가나시는 준공식과 선포식을 열었다.", "선포식"),
    ],
)
def test_event_named_by_its_kind_noun_and_modifiers(text, name):
    from kg.extract.events import EventFinder
    from kg.extract.mentions import MentionFinder

    sentence = split_sentences(text, LEXICON)[0]
    mentions = MentionFinder(LEXICON).find(sentence)
    assert name in {m.name for m in EventFinder(LEXICON).find(sentence, mentions)}


def test_a_demonstrative_makes_a_generic_event_word_point_back():
    from kg.extract.events import EventFinder

    sentence = split_sentences("이번 행사에는 많은 기업이 참석했다.", LEXICON)[0]
    assert [m.title for m in EventFinder(LEXICON).find(sentence, [])] == ["anaphor"]


@pytest.mark.parametrize(
    "text, names, kind, status, agents",
    [
        ("가나군은 단오 행사를 취소했다.", ["가나군", "단오 행사"], "cancel", "cancelled", {"가나군"}),
        ("가나시는 설명회를 돌연 연기하기로 했다.", ["가나시", "설명회"], "postpone", "postponed", {"가나시"}),
        ("가나군과 다라군 역시 축제를 개최하지 않기로 했다.", ["가나군", "다라군", "축제"], "host", "cancelled", {"가나군", "다라군"}),
    ],
)
def test_calling_an_event_off(text, names, kind, status, agents):
    (frame,) = [f for f in read(text, *names) if f.kind == kind]
    assert frame.status == status
    assert {p.key for p in frame.fillers("agent")} == agents


def test_topics_of_a_list_carry_over_together():
    """'A 수석대표와 B·C 대표 등 3명은 …을 방문해 회의를 열었다': all three hold the meeting."""
    frames = read("김가 수석대표와 이나·박다 대표 등 3명은 서울을 방문해 회의를 열었다.", "김가 수석대표", "이나", "박다 대표", "서울", "회의")
    (host,) = [f for f in frames if f.kind == "host"]
    assert {p.key for p in host.fillers("agent")} == {"김가 수석대표", "이나", "박다 대표"}


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("다라박물관 50주년 기념행사 리셉션이 열렸다.", "다라박물관 50주년 기념행사 리셉션", "50주년 기념행사 리셉션"),
        ("세계관광기구(UNWTO) 총회 참석 일정도 연기됐다.", "세계관광기구(UNWTO) 총회", "총회"),
    ],
)
def test_event_names_with_counts_and_owners(text, name, alias):
    from kg.extract.events import EventFinder
    from kg.extract.mentions import MentionFinder

    sentence = split_sentences(text, LEXICON)[0]
    mentions = MentionFinder(LEXICON).find(sentence)
    events = {m.name: m for m in EventFinder(LEXICON).find(sentence, mentions)}
    assert name in events
    if alias:
        assert alias in events[name].aliases


def test_a_relative_clause_does_not_take_the_subject_of_the_main_one():
    """'김 청장이 파리에서 열린 총회에 참석해': 김 청장 attends; the assembly is what 열린 is said of."""
    frames = read("김가 청장이 파리에서 열린 정기총회에 참석했다.", "김가 청장", "파리", "정기총회")
    host = next(f for f in frames if f.kind == "host")
    attend = next(f for f in frames if f.kind == "attend")
    assert roles(host) == {("place", "파리"), ("theme", "정기총회")}
    assert ("agent", "김가 청장") in roles(attend)


def test_phrases_of_different_kinds_do_not_join():
    """'가나청과 업무협약을': the body is a partner, the agreement the theme."""
    frames = read("가나청과 업무협약을 체결했다.", "가나청", "업무협약", kinds={"업무협약": "AgreementSigning"})
    (sign,) = [f for f in frames if f.kind == "sign"]
    assert roles(sign) == {("partner", "가나청"), ("theme", "업무협약")}


def _facts(text: str):
    from pathlib import Path

    from kg.extract import extract_article
    from kg.types import Article

    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in result.relations}


def test_a_sentence_without_a_subject_continues_the_last_one():
    facts = _facts("산업통상자원부는 9일 서울에서 수출 간담회를 열었다. 이어 대한상공회의소와 수출 협력 업무협약을 체결했다.")
    assert ("산업통상자원부", "signedMOUWith", "대한상공회의소") in facts or (
        "대한상공회의소", "signedMOUWith", "산업통상자원부") in facts


def test_people_in_a_photo_caption_attended_the_event_shown():
    facts = _facts("김가나 장관은 12일 목포에서 열린 세계청년대회에 참석했다. (좌측부터 이다라 목포시장, 박마바 외교부 장관)")
    assert ("이다라", "attended", "세계청년대회") in facts


@pytest.mark.parametrize(
    "text, fact",
    [
        ("김철수 청장은 파리에서 열린 정기총회에 참석해 스페인 특허청과 양자회담을 가졌다.", ("양자회담", "partOf", "정기총회")),
        ("강원도는 춘천에서 열린 비전 선포식에서 가나제약과 투자협약을 체결했다.", ("투자협약", "partOf", "비전 선포식")),
        ("국립중앙박물관 개관 기념행사가 10일 열렸다.", ("국립중앙박물관", "organized", "국립중앙박물관 개관 기념행사")),
    ],
)
def test_events_within_events_and_their_owners(text, fact):
    assert fact in _facts(text)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("중소벤처기업부는 올해 1500억 원 규모의 농식품펀드를 조성한다.", ("중소벤처기업부", "plans", "농식품펀드")),
        ("중소벤처기업부는 소재부품펀드를 조성한다. 또 지역혁신펀드에 90억 원을 공급한다.", ("중소벤처기업부", "plans", "지역혁신펀드")),
    ],
)
def test_a_fund_created_or_supplied_is_planned_by_its_body(text, fact):
    assert fact in _facts(text)


def test_a_program_word_alone_in_passing_is_no_program():
    assert not any(r == "plans" for _, r, _ in _facts("가나청은 시범사업 확산을 추진할 계획이다."))


@pytest.mark.parametrize(
    "text, at_home",
    [
        ("가나공사는 11일 본사에서 다라재단과 업무협약을 체결했다.", True),
        ("가나공사는 11일 본사 5층 강당에서 다라재단과 업무협약을 체결했다.", True),
        ("가나공사는 11일 다라재단 본사에서 다라재단과 업무협약을 체결했다.", False),
        ("가나공사는 11일 서울에서 다라재단과 업무협약을 체결했다.", False),
    ],
)
def test_a_signing_at_the_subjects_own_premises(text, at_home):
    names = ["가나공사", "다라재단", "다라재단"] if text.count("다라재단") == 2 else ["가나공사", "다라재단"]
    (sign,) = [f for f in read(text, *names) if f.kind == "sign"]
    assert (sign.at_home == {"가나공사"}) is at_home


@pytest.mark.parametrize(
    "text, hosts",
    [
        # a local government at its own hall hosts what it signs there (premises.tsv kind seat)
        ("누리군은 15일 군청 상황실에서 한빛전자와 투자협약을 체결했다.", {"누리군"}),
        ("누리도와 다온군은 15일 다온군청에서 한빛전자와 투자협약을 체결했다.", {"다온군"}),
        ("한빛전자는 15일 누리도청 대회의실에서 누리도와 투자협약을 체결했다.", set()),
        ("한빛전자는 15일 군청 상황실에서 누리군과 투자협약을 체결했다.", set()),
    ],
)
def test_a_government_at_its_own_hall_hosts_the_signing(text, hosts):
    names = [n for n in ("누리도", "다온군", "누리군", "한빛전자") if n in text]
    names.sort(key=text.index)
    (sign,) = [f for f in read(text, *names, kinds={n: "GovernmentBody" for n in names if n != "한빛전자"}) if f.kind == "sign"]
    assert sign.at_home == hosts


@pytest.mark.parametrize(
    "text, fact",
    [
        # a list that 등 closes takes the particle of the noun that names it
        ("중소벤처기업부는 10일 서울에서 한국무역협회, 대한상공회의소 등 경제단체와 상생 선언식을 열었다.",
         ("대한상공회의소", "attended", "상생 선언식")),
        ("중소벤처기업부는 10일 서울에서 상생 간담회를 열었다. 이 자리에는 한국무역협회, 대한상공회의소, 협력기관 등 "
         "50여 명이 참석했다.", ("한국무역협회", "attended", "상생 간담회")),
        # those an event is held for attend it
        ("중소벤처기업부는 10일 서울에서 삼성전자와 LG전자를 대상으로 수출 설명회를 열었다.", ("LG전자", "attended", "수출 설명회")),
        # an event a relative clause attends is what is attended
        ("삼성전자가 참여하는 수출 박람회가 10일 서울에서 열렸다.", ("삼성전자", "attended", "수출 박람회")),
        # a noun for a body's people speaks for the body
        ("중소벤처기업부는 10일 수출 간담회를 열었다. 이날 간담회에는 삼성전자 관계자들이 참석했다.", ("삼성전자", "attended", "수출 간담회")),
    ],
)
def test_who_attends_a_gathering(text, fact):
    assert fact in _facts(text)


def test_a_named_subject_is_not_carried_over_even_when_unknown():
    """'관계자들도 참석했다' has a subject of its own: the agents of the sentence before do not attend."""
    facts = _facts("중소벤처기업부는 10일 수출 간담회를 열었다. 이날 업계 관계자들도 간담회에 참석했다.")
    assert not any(s == "중소벤처기업부" and p == "attended" for s, p, _ in facts)


def test_a_person_brings_his_firm_to_what_he_attends_but_not_to_what_he_hosts():
    """A firm's head at a forum brings the firm; a minister is a guest in person (the gold of the genre's
    annotators never has the ministry attend), and a host's body hosts, it does not attend."""
    facts = _facts("김가람 한빛전자 대표는 10일 서울에서 열린 수출 포럼에 참석했다.")
    assert ("한빛전자", "attended", "수출 포럼") in facts
    facts = _facts("김가람 중소벤처기업부 장관은 10일 서울에서 열린 수출 포럼에 참석했다.")
    assert ("김가람", "attended", "수출 포럼") in facts
    assert ("중소벤처기업부", "attended", "수출 포럼") not in facts
    facts = _facts("김가람 중소벤처기업부 장관은 10일 서울에서 수출 포럼을 열었다.")
    assert ("중소벤처기업부", "attended", "수출 포럼") not in facts


@pytest.mark.parametrize(
    "text, fact",
    [
        # the items of a list that 등 closes belong to the group named right after it
        ("이번 행사에는 삼성전자, LG전자 등 국내 기업 30곳이 참여했다.", ("LG전자", "memberOf", "국내 기업 30곳")),
        ("삼성전자와 LG전자 등 주요 10개 대기업이 참여하는 박람회가 열렸다.", ("삼성전자", "memberOf", "10개 대기업")),
        # those who take part in a group (a delegation) are its members, not attendees
        ("이번 수출 사절단에는 한국무역협회·대한상공회의소 등 유관기관과 5개 중소기업이 참여한다.",
         ("대한상공회의소", "memberOf", "수출 사절단")),
    ],
)
def test_members_of_a_group(text, fact):
    assert fact in _facts(text)


def test_an_event_as_topic_is_what_its_hosts_made():
    """'이번 행사는 A, B 등 2개 부처가 마련했다': the event is the theme, the ministries (through the group) host it."""
    facts = _facts("중소벤처기업부는 10일 수출 박람회를 열었다. 이번 행사는 중소벤처기업부, 외교부 등 2개 부처가 함께 마련했다.")
    assert ("외교부", "organized", "수출 박람회") in facts


def test_who_organizes_is_a_body_not_each_person_of_a_group():
    facts = _facts("김가람 원장과 이나래 부원장 등 2명은 10일 서울에서 자문단 첫 회의를 열었다.")
    assert not any(p == "organized" and s in {"김가람", "이나래"} for s, p, _ in facts)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("중소벤처기업부와 외교부 간 업무협약이 10일 체결됐다.", {"중소벤처기업부", "외교부"}),
        ("10일 한국무역협회·대한상공회의소 간 수출 지원 업무협약을 체결했다.", {"한국무역협회", "대한상공회의소"}),
    ],
)
def test_the_sides_of_an_agreement_named_with_gan(text, pair):
    facts = _facts(text)
    assert any(p == "signedMOUWith" and {s, o} == pair for s, p, o in facts)


@pytest.mark.parametrize(
    "text, fact, holds",
    [
        ("국토교통부는 해외 판로 지원에 나선다고 밝혔다. 김가람 차관은 다음달 가나국을 방문한다.",
         ("김가람", "affiliatedWith", "국토교통부"), True),
        ("국토교통부는 해외 판로 지원에 나선다고 밝혔다. 김가람 전 차관은 이 자리에 참석했다.",
         ("김가람", "affiliatedWith", "국토교통부"), False),
    ],
)
def test_a_title_alone_points_at_the_articles_body(text, fact, holds):
    assert (fact in _facts(text)) is holds


@pytest.mark.parametrize(
    "text, fact, holds",
    [
        # who speaks at a gathering the article reports has attended it
        ("중소벤처기업부는 10일 서울에서 수출 간담회를 열었다. 김가람 대표는 \"규제를 풀어 달라\"고 요청했다.",
         ("김가람", "attended", "수출 간담회"), True),
        # not at one that is only planned
        ("중소벤처기업부는 다음달 수출 간담회를 열 계획이다. 김가람 대표는 \"규제를 풀어 달라\"고 요청했다.",
         ("김가람", "attended", "수출 간담회"), False),
        # guests invited to an event attend it
        ("중소벤처기업부는 10일 삼성전자와 LG전자를 수출 설명회에 초청했다.", ("LG전자", "attended", "수출 설명회"), True),
        # those appointed attend their appointment
        ("중소벤처기업부는 10일 수출 정책을 발표했다. 이날 수출 자문단이 위촉됐다.", ("수출 자문단", "attended", "수출 자문단 위촉"), True),
    ],
)
def test_speakers_and_appointees_attend(text, fact, holds):
    assert (fact in _facts(text)) is holds


def test_a_list_ends_where_its_clause_goes_on():
    """A later '등' in another clause does not pull the partners of the first into its list."""
    facts = _facts("중소벤처기업부는 먼저 한국무역협회, 대한상공회의소와 업무협약을 체결하고 수출, 투자 등 여러 분야에서 협력하기로 했다.")
    assert any(p == "signedMOUWith" and {s, o} == {"중소벤처기업부", "대한상공회의소"} for s, p, o in facts)


@pytest.mark.parametrize(
    "text, fact, holds",
    [
        # who signs an agreement for a body makes the body a party; the body attends a ceremony only where the
        # article tells whom it signed with (the genre's gold rarely has a party attend at all)
        ("김가람 중소벤처기업부 장관은 10일 한국무역협회와 업무협약을 맺었다.", ("중소벤처기업부", "attended", "업무협약"), False),
        ("김가람 중소벤처기업부 장관은 10일 서울에서 열린 판로 개척 업무협약식에서 협약문에 서명했다.",
         ("중소벤처기업부", "attended", "판로 개척 업무협약식"), False),
        ("중소벤처기업부는 한국무역협회와 업무협약을 맺었다. 협약식에는 김가람 중소벤처기업부 장관과 이나래 한국무역협회 회장이 참석했다.",
         ("한국무역협회", "attended", "업무협약"), True),
        # two subjects who sign with a partner are one side: they do not sign with each other
        ("한국무역협회와 대한상공회의소는 10일 삼성전자와 업무협약을 체결했다.", ("대한상공회의소", "signedMOUWith", "한국무역협회"), False),
        # ... and so where the partner is a firm the extractor does not know
        ("한국무역협회와 대한상공회의소는 10일 소재 업체인 '주식회사 누리소재'와 업무협약을 체결했다.",
         ("대한상공회의소", "signedMOUWith", "한국무역협회"), False),
        ("한국무역협회와 대한상공회의소는 10일 업무협약을 체결했다.", ("대한상공회의소", "signedMOUWith", "한국무역협회"), True),
        # a body in another clause (its own subject, its own verb) is no signer
        ("한빛전자와 누리소재 등이 설명회에 참석했고 대한상공회의소는 한국무역협회와 업무협약을 체결했다.",
         ("한국무역협회", "signedMOUWith", "한빛전자"), False),
        ("한빛전자와 누리소재 등이 설명회에 참석했고 대한상공회의소는 한국무역협회와 업무협약을 체결했다.",
         ("대한상공회의소", "signedMOUWith", "한국무역협회"), True),
        ("가나군을 방문해 자매결연 협약을 맺었고, 임실군과 순창군도 연이어 찾았다.", ("순창군", "signedMOUWith", "임실군"), False),
        # an agreement that names its sides ('A와 B 간 협약') has those for parties, not the body that supports it
        ("중소벤처기업부는 한국무역협회와 대한상공회의소 간 업무협약 체결을 지원했다.", ("한국무역협회", "signedMOUWith", "중소벤처기업부"), False),
        ("중소벤처기업부는 한국무역협회와 대한상공회의소 간 업무협약 체결을 지원했다.", ("대한상공회의소", "signedMOUWith", "한국무역협회"), True),
    ],
)
def test_who_signs_and_who_attends_a_signing(text, fact, holds):
    facts = _facts(text)
    s, p, o = fact
    found = fact in facts or (p == "signedMOUWith" and (o, p, s) in facts)
    assert found is holds


@pytest.mark.parametrize(
    "text, fact, holds",
    [
        # one person who holds a meeting hosts it, with his body
        ("김가람 중소벤처기업부 장관은 10일 서울에서 수출 간담회를 열었다.", ("김가람", "organized", "수출 간담회"), True),
        ("김가람 중소벤처기업부 장관은 10일 서울에서 수출 간담회를 열었다.", ("중소벤처기업부", "organized", "수출 간담회"), True),
        # several people who hold one together meet at it; their bodies host it
        ("김가람 한국무역협회 회장과 이나래 대한상공회의소 회장은 10일 수출 간담회를 열었다.",
         ("김가람", "organized", "수출 간담회"), False),
        ("김가람 한국무역협회 회장과 이나래 대한상공회의소 회장은 10일 수출 간담회를 열었다.",
         ("이나래", "attended", "수출 간담회"), True),
    ],
)
def test_people_who_hold_a_meeting(text, fact, holds):
    assert (fact in _facts(text)) is holds


def test_an_event_named_again_in_full_is_one_event():
    from pathlib import Path

    from kg.extract import extract_article
    from kg.types import Article

    text = "대전시는 4일 창업지원설명회를 연다고 밝혔다. 이어 오후 3시부터 가나호텔에서 ‘대전창업지원설명회’가 열린다."
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    assert len([e for e in result.entities.values() if "창업지원설명회" in e.name]) == 1


def test_places_visited_together_name_one_visit():
    facts = _facts("김가람 중소벤처기업부 장관은 10일 삼성전자와 LG전자를 방문했다.")
    assert ("김가람", "attended", "삼성전자와 LG전자 방문") in facts


def test_an_event_in_another_country_is_not_part_of_the_trip():
    facts = _facts("김가람 중소벤처기업부 장관은 10일 베트남을 방문했다. 이어 12일 방콕에서 수출 포럼을 열었다.")
    assert not any(s == "수출 포럼" and p == "partOf" and o == "베트남 방문" for s, p, o in facts)
    facts = _facts("김가람 중소벤처기업부 장관은 10일 베트남을 방문했다. 이어 12일 하노이에서 수출 포럼을 열었다.")
    assert ("수출 포럼", "partOf", "베트남 방문") in facts


def test_a_list_is_only_as_much_an_agent_as_the_group_it_names():
    """'A, B 등 10개 대기업 협력사가 함께하는 박람회': the partner firms take part, not A and B."""
    facts = _facts("가나전자와 다라화학 등 주요 10개 대기업 협력사가 함께하는 수출 박람회가 10일 열렸다.")
    assert ("가나전자", "attended", "수출 박람회") not in facts
    assert ("가나전자", "memberOf", "10개 대기업") in facts


def test_a_meeting_of_a_body_is_what_its_hosts_hold():
    """'위원회 첫 회의를 열었다': the meeting is held; the committee named before it is its owner, no second event."""
    facts = _facts("김가람 원장과 이나래 부원장 등 2명은 10일 서울에서 수출위원회 제1차 회의를 열었다.")
    assert not any(p == "attended" and o == "수출위원회" for _, p, o in facts)


def test_a_group_is_no_destination_of_a_trip():
    """'사절단을 구성, 베트남을 방문한다': the delegation is formed, Vietnam is visited."""
    from pathlib import Path

    from kg.extract import extract_article
    from kg.types import Article

    text = "중소벤처기업부는 수출 사절단을 구성, 베트남을 방문한다고 밝혔다."
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    assert not any(e.name == "수출 사절단 방문" for e in result.entities.values())


@pytest.mark.parametrize(
    "text, names, kinds, expected",
    [
        ("지난달 창립총회를 가진 다라인베스트먼트.", ["창립총회", "다라인베스트먼트"], {"창립총회": "Meeting"},
         {("theme", "창립총회"), ("agent", "다라인베스트먼트")}),
        ("서울에서 열린 포럼.", ["서울", "포럼"], {"서울": "Place", "포럼": "Meeting"}, {("place", "서울"), ("theme", "포럼")}),
    ],
)
def test_the_head_of_a_relative_clause_with_its_own_object_is_who_acts(text, names, kinds, expected):
    (frame,) = read(text, *names, kinds=kinds)
    assert roles(frame) == expected


@pytest.mark.parametrize(
    "text, fact",
    [
        ("기상청, 3개국 기상청 양자회담 개최", ("기상청", "organized", "양자회담")),
        ("가나시, 한빛전자와 투자협약 체결", ("가나시", "signedMOUWith", "한빛전자")),
        ("중기부·무역협회, 수출 지원 업무협약 체결", ("한국무역협회", "signedMOUWith", "중소벤처기업부")),
    ],
)
def test_a_headline_line_names_its_subject_before_a_comma_and_ends_in_its_predicate(text, fact):
    assert fact in facts(text)


@pytest.mark.parametrize(
    "text, fact, holds",
    [
        # a list joined by 을 비롯한 to a noun the extractor does not know takes that noun's particle
        ("누리시에서 상생 간담회가 열렸다. 이 자리에는 김가람 한빛협회 회장을 비롯한 청년 창업가 50여명이 참석했다.",
         ("김가람", "attended", "상생 간담회"), True),
        ("누리시에서 상생 간담회가 열렸다. 김가람 한빛협회 회장을 비롯해 청년 창업가 15명이 참석했다.", ("김가람", "attended", "상생 간담회"), True),
        # those listed as present are not the subject the next sentence leaves out
        # (and two partners of one body, each told with it in a sentence of its own, did not sign with each other)
        ("함평군은 한빛전자와 투자협약을 체결했다. 이날 협약식에는 김가람 함평군수, 이나래 한빛전자 대표 등이 참석했다. "
         "지난달에는 ㈜다온식품과 투자협약을 체결했다.", ("다온식품", "signedMOUWith", "한빛전자"), False),
        ("함평군은 한빛전자와 투자협약을 체결했다. 이날 협약식에는 김가람 함평군수, 이나래 한빛전자 대표 등이 참석했다. "
         "지난달에는 ㈜다온식품과 투자협약을 체결했다.", ("함평군", "signedMOUWith", "다온식품"), True),
        # the noun a relative clause modifies is its subject: nobody is carried over into it
        ("대한상공회의소는 10일 수출 설명회를 열었다. 특히 설명회에 참석한 업체 대표들은 건의 사항을 전했다.",
         ("대한상공회의소", "attended", "수출 설명회"), False),
    ],
)
def test_who_is_said_to_be_present(text, fact, holds):
    s, p, o = fact
    facts = _facts(text)
    assert (fact in facts or (p == "signedMOUWith" and (o, p, s) in facts)) is holds


@pytest.mark.parametrize(
    "fact",
    [
        ("김가람", "organized", "오찬 간담회"),
        ("오찬 간담회", "heldIn", "베를린"),
    ],
)
def test_a_word_of_location_describes_the_place_before_it(fact):
    """'베를린에 있는 호텔에서': 있는 only says where the hotel is; the subject before it belongs to the clause's verb."""
    text = "외교부는 9일 김가람 장관이 독일 베를린에 있는 누리호텔에서 현지 기업인들과 오찬 간담회를 열었다고 전했다."
    assert fact in _facts(text)


def test_a_stop_met_by_a_verb_is_named_by_the_meeting_noun():
    """'베를린에서는 … 대표들을 만나': on a tour, the stop's meeting told by a verb that is no noun is named with the
    meeting noun (event_name_parts.tsv meeting-noun), not with the verb's stem."""
    text = ("부산시 대표단은 5일부터 독일 베를린과 프랑스 파리를 방문한다. "
            "베를린에서는 현지 연구자들과 스타트업 대표들을 만나 협력 방안을 논의한다.")
    assert ("베를린 면담", "partOf", "독일 베를린과 프랑스 파리 방문") in _facts(text)


def test_a_delegation_that_acts_is_on_the_trip():
    """A collective with no count that acts in the article ('방문단은 … 협약을 맺는다') travels on its trip."""
    text = "이나래 시장은 3일부터 일본 도쿄를 방문한다. 방문단은 4일 현지 업체와 관광 협약을 맺는다."
    assert ("방문단", "attended", "도쿄 방문") in _facts(text)


def test_who_invests_together_with_another_cooperates():
    """'가나부는 다라공사와 함께 500억원을 출자한다': an investor and its coagent work together (licensing.tsv)."""
    facts = _facts("특허청은 한국산업은행과 함께 300억원을 지식재산 펀드에 출자하기로 했다.")
    assert {("특허청", "cooperatedWith", "한국산업은행"), ("한국산업은행", "cooperatedWith", "특허청")} & facts
