"""Events the genre names in less usual ways: finished meetings, conducted contests, lists, quoted names
(made-up sentences)."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()
EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment", "Announcement"}


def events(text: str) -> set[str]:
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    return {e.name for e in result.entities.values() if e.cls in EVENT_CLASSES}


@pytest.mark.parametrize(
    "text, event",
    [
        # a meeting one finishes was held: its participant attended it
        ("김철수 가나부 장관은 4일 정부청사에서 수출 대응 긴급 회의를 마치고 나섰다.", "수출 대응 긴급 회의"),
        # 실시하다 conducts an event as 개최하다 holds it; '등' ends the list, the generic word after it is no name
        ("가나청은 창업 아이디어 경진대회 등 행사를 실시한다.", "창업 아이디어 경진대회"),
        ("가나공사는 지난해 처음으로 화상상담회를 실시했다.", "화상상담회"),
        # an opening quote starts the name of the event inside it
        ("가나부는 ‘누리 수산 교류회 및 제2회 누리 수산 설명회 개최’ 관련 일정을 연기했다.", "누리 수산 교류회"),
        # a list before a purpose clause has no bounds: the event is named without it
        ("차관은 한빛대학과 누리연구원 간 공동연구, 연구인력 교류 등을 위한 양해각서 체결식에 참석한다.", "양해각서 체결식"),
        # what a clause says was scheduled or run is an event, whatever its noun
        ("마바시는 25일까지 진행하려던 청소년 독서 캠프를 무기한 연기했다.", "청소년 독서 캠프"),
        ("다라군은 20일까지 열려던 어르신 건강 강좌를 잠정 연기했다.", "어르신 건강 강좌"),
        ("누리구는 오는 15일 예정된 한빛 청년 멘토링 프로그램 운영을 취소했다.", "한빛 청년 멘토링 프로그램 운영"),
        # the partner named with 과 in the relative clause names a bare agreement
        ("산업통상자원부는 3월 태국과 에너지분야에서 협력하는 업무협약을 체결했다.", "태국 업무협약"),
        ("환경부는 지난달 페루 환경부와 기후분야에서 협력하는 업무협약을 체결했다.", "페루 환경부 업무협약"),
        # a site tour is an event of the genre (event_words.tsv 투어, 답사)
        ("가나도는 18일 투자자 20명과 함께 산업단지 현장 투어를 진행했다.", "산업단지 현장 투어"),
        ("이어 투자자들은 다라산업단지 답사를 진행했다.", "다라산업단지 답사"),
        # a public call is an event by its name alone, wherever it stands (event_words.tsv role standing)
        ("가나부는 5일 '가나펀드 2030년 3차 수시 출자 공고'를 내고 500억원을 넣는다.", "가나펀드 2030년 3차 수시 출자 공고"),
        ("다라 창업 지원사업 공고는 다음 달 12개 지역에서 실시한다.", "다라 창업 지원사업 공고"),
        # an amount that sizes a signing or an investment starts its name (its qualifier does not)
        ("가나도는 다라 6개 기업과 1천200억 원 규모의 투자협약을 체결했다.", "1천200억 원 규모의 투자협약"),
        ("마바군청에서 마바군과 사라식품의 약 30억원 규모 투자협약이 지난 5일 체결됐다.", "30억원 규모 투자협약"),
        ("김 장관은 현지 투자가들을 만나 2억 달러 규모의 투자를 약속받았다.", "2억 달러 규모의 투자"),
        ("가나도는 3개 기업과 5000만 달러 상당의 투자협약을 다음 주 체결한다.", "5000만 달러 상당의 투자협약"),
        # an amount as the object of investing names it without its particle
        ("다라개발은 마바군 일원에 2030년까지 300억원을 투자해 공장을 짓는다.", "300억원 투자"),
        # a year written alone opens the name; names joined by 및 name one event
        ("가나부는 2030 마바 엑스포 및 다라 박람회의 성공 개최를 위해 사라시와 업무협약을 체결했다.",
         "2030 마바 엑스포 및 다라 박람회"),
        # a joint committee with its ordinal, a speech the clause says is planned
        ("김가나 장관은 다라국 외교장관과 제2차 가나-다라 공동위원회를 개최했다.", "제2차 가나-다라 공동위원회"),
        ("김 지사는 다라경제연구소에서 양국 경제 협력에 대해 연설도 할 예정이다.", "연설"),
    ],
)
def test_an_event_is_found(text, event):
    assert event in events(text)


def test_a_list_end_is_no_part_of_the_name():
    assert not any(name.endswith("등 행사") for name in events("가나청은 창업 아이디어 경진대회 등 행사를 실시한다."))


def test_a_bare_public_call_or_its_verb_is_no_event():
    assert not events("지원 대상은 공고일 현재 가나시에 있는 기업이며, 가나청이 개별적으로 공고한다.")
    assert not events("가나청은 신청 요건을 공고를 통해 알린다.")


def test_a_scheduled_noun_that_is_no_object_is_no_event():
    assert not events("13일 개최 예정인 주민 교육장은 가나시청이다.")


def test_a_place_that_opened_its_doors_is_no_event():
    # 열다 makes a scheduled event only in the form of a plan ('열려던'), not of a door opened
    assert not events("가나시는 지난달 문을 연 누리 청년 공간을 찾았다.")


def names_of(text: str) -> dict[str, list[str]]:
    result = extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)
    return {e.name: list(e.aliases) for e in result.entities.values() if e.cls in EVENT_CLASSES}


@pytest.mark.parametrize(
    "text, event, alias",
    [
        # a bare meeting word is named by whom it is with (와/과 right before it), its plural left out
        ("가나도는 다음 주 해외 교민들과 간담회를 가질 예정이다.", "해외 교민 간담회", "교민 간담회"),
        ("김가나 지사는 다라주 의회 및 정부 주요 인사와 면담을 통해 협력 방안을 논의한다.",
         "다라주 의회 및 정부 주요 인사 면담", "주요 인사 면담"),
        ("이한빛 다라부 장관은 협약식 후 마바청장과 환담을 가졌다.", "마바청장 환담", "환담"),
        # the spelling in brackets is no part of whom, nor does it end the phrase; nouns joined by a middle dot are one
        ("김 장관은 21일 마바 사라(Maba Sara) 외교장관과 회담을 개최한다.", "마바 사라 외교장관 회담", "사라 외교장관 회담"),
        ("김 장관은 다라국 부총리 겸 경제·농업 장관과 면담을 가질 예정이다.", "다라국 부총리 겸 경제·농업 장관 면담",
         "경제·농업 장관 면담"),
    ],
)
def test_a_meeting_is_named_by_whom_it_is_with(text, event, alias):
    found = names_of(text)
    assert event in found and alias in found[event]


@pytest.mark.parametrize(
    "text",
    [
        "가나시와 다라시는 필요하면 실무협의회를 구성하여 운영하기로 했다.",
        "가나청장과 부청장 3명으로 구성된 협의회가 주요 현안을 조정하는 역할을 맡는다.",
        "가나협회와 주요 기업들은 '청년 고용 상생협의회'를 구성해 의견을 나눌 계획이다.",
        # a kind of events, none in particular; a light noun with a bare verb before it names nothing
        "두 시는 각종 전시회, 설명회 등 교류 행사를 서로 지원하기로 했다.",
        "이날 모임은 다섯 번째로 열린 자리로 업체 10곳이 함께했다.",
    ],
)
def test_no_particular_event_is_named(text):
    assert not events(text)


def test_amounts_of_its_parties_do_not_make_a_signing_named_again_another():
    # the amounts each party invests are no amount of the signing: '이날 투자협약' is the one told before
    text = ("가나군은 이날 다라산업 등 3개 기업과 90억원 규모의 투자협약을 체결했다. "
            "이날 투자협약에 따라 다라산업은 40억원, 마바식품은 30억원을 투자해 공장을 짓는다.")
    signings = [e for e in extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text),
                                           LEXICON).entities.values() if e.cls == "AgreementSigning"]
    assert len(signings) == 1
