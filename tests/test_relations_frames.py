"""Relations read from frames over whole made-up articles: who hosts, attends, signs, belongs, cooperates."""

from __future__ import annotations

import pytest

from .made_up import facts


OPENING = "중소벤처기업부는 수출 설명회를 열었다. "


@pytest.mark.parametrize(
    "text, event",
    [
        ("같은 날 가나시에서 개최된 '바이오 포럼'에서는 협력 방안이 논의됐다.", "바이오 포럼"),
        ("이날 '바이오 포럼'도 진행됐다.", "바이오 포럼"),
        ("이날 스타트업 10개사가 투자자와 만나 사업을 소개하는 자리도 마련됐다.", "사업을 소개하는 자리"),
    ],
)
def test_a_gathering_held_with_no_host_named_is_the_articles_body(text, event):
    assert ("중소벤처기업부", "organized", event) in facts(OPENING + text)


def test_a_gathering_someone_else_speaks_at_is_not_the_articles_body():
    found = facts(OPENING + "김철수 장관은 부산에서 열린 바이오 포럼에서 축사를 했다.")
    assert ("중소벤처기업부", "organized", "바이오 포럼") not in found


def test_quoted_names_joined_by_a_conjunction_share_the_particle():
    found = facts("중소벤처기업부는 ‘창업 포럼’과 ‘투자 설명회’ 등을 개최했다.")
    assert {("중소벤처기업부", "organized", "창업 포럼"), ("중소벤처기업부", "organized", "투자 설명회")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "중소벤처기업부는 3일 부산에서 한국무역협회와 합동으로 수출 간담회를 개최했다.",
        "김철수 중소벤처기업부 장관은 3일 한국무역협회와 함께 수출 간담회를 열었다.",
    ],
)
def test_a_gathering_hosted_together_is_cooperation_and_both_host(text):
    found = facts(text)
    assert ("한국무역협회", "cooperatedWith", "중소벤처기업부") in found
    assert {("한국무역협회", "organized", "수출 간담회"), ("중소벤처기업부", "organized", "수출 간담회")} <= found


def test_bodies_that_sign_an_agreement_are_its_parties_not_cooperators():
    found = facts("중소벤처기업부와 한국무역협회는 수출 지원에 협력하기로 하고 업무협약을 체결했다.")
    assert ("한국무역협회", "signedMOUWith", "중소벤처기업부") in found
    assert not {f for f in found if f[1] == "cooperatedWith"}


def test_the_heads_who_hold_a_signing_ceremony_sign_for_their_bodies():
    found = facts("김철수 중소벤처기업부 장관과 박영희 한국무역협회 회장은 16일 업무협약식을 갖고 수출 지원에 협력하기로 했다.")
    assert ("한국무역협회", "signedMOUWith", "중소벤처기업부") in found


def parties(text: str) -> set[str]:
    return {party for _, predicate, party in facts(text) if predicate == "party"}


@pytest.mark.parametrize(
    "text",
    [
        "교육부 장관은 이어 가나대병원과 다라의료원 간 공동 연구, 전문 인력 교류 등을 위한 협약 체결식에도 참석한다.",
        "교육부 장관은 이어 가나대병원(대표 김가나)과 다라의료원 간 전문 인력 교류를 위한 업무협약 체결식에 참석했다.",
    ],
)
def test_the_sides_named_before_gan_are_the_parties_of_the_agreement_after_it(text):
    assert parties(text) == {"가나대병원", "다라의료원"}


def test_the_people_in_a_caption_bring_their_bodies_to_the_event():
    found = facts("김철수 장관은 부산에서 열린 바이오 포럼에 참석했다. (좌측부터 박영희 한국무역협회 회장, 김철수 중소벤처기업부 장관)")
    assert {("박영희", "attended", "바이오 포럼"), ("한국무역협회", "attended", "바이오 포럼")} <= found


def test_the_members_of_a_delegation_go_on_its_trip():
    found = facts("중소벤처기업부는 오는 5월 태국에 '무역 사절단'을 파견한다. 사절단에는 한국무역협회와 코트라 등이 참여한다.")
    assert {("한국무역협회", "memberOf", "사절단"), ("한국무역협회", "attended", "사절단 파견"),
            ("대한무역투자진흥공사", "attended", "사절단 파견")} <= found


@pytest.mark.parametrize(
    "text, person, event",
    [
        ("김철수 중소벤처기업부 장관은 부산에서 열린 '미래 산업 비전 발표회'에서 협약서에 서명했다.", "김철수", "미래 산업 비전 발표회"),
        ("중소벤처기업부는 11일 한국무역협회와 업무협약을 체결했다. 이 자리에서 박영희 한국무역협회 회장은 수출 지원에 협력하기로 했다.",
         "박영희", "업무협약"),
    ],
)
def test_who_acts_at_an_occasion_attends_it(text, person, event):
    assert (person, "attended", event) in facts(text)


@pytest.mark.parametrize(
    "text, group",
    [
        ("중소벤처기업부는 판로 지원단을 구성했다. 판로 지원단은 한국무역협회와 코트라 등으로 구성됐다.", "판로 지원단"),
        ("이번 대표단은 한국무역협회와 코트라 등이 포함된 합동 대표단이다.", "합동 대표단"),
    ],
)
def test_what_a_group_is_made_of_are_its_members(text, group):
    assert {("한국무역협회", "memberOf", group), ("대한무역투자진흥공사", "memberOf", group)} <= facts(text)


def test_every_body_named_in_what_a_group_is_made_of_is_a_member_and_signs_with_it():
    found = facts("환경부는 8일 3개 기업과 업무협약을 체결했다. "
                  "협약에 참여하는 3개 기업은 전자(가나전자), 화학(다라화학) 등 다양한 업종으로 구성됐다.")
    assert {("가나전자", "memberOf", "3개 기업"), ("다라화학", "memberOf", "3개 기업"),
            ("환경부", "signedMOUWith", "가나전자"), ("환경부", "signedMOUWith", "다라화학")} <= found
    assert ("가나전자", "attended", "업무협약") not in found


def test_who_presides_over_a_meeting_hosts_it():
    found = facts("김철수 중소벤처기업부 장관은 7일 부산에서 스타트업 간담회를 주재했다.")
    assert {("김철수", "organized", "스타트업 간담회"), ("중소벤처기업부", "organized", "스타트업 간담회")} <= found


def test_a_group_of_people_who_hold_a_meeting_meet_at_it():
    found = facts("김철수 장관과 박영희 회장 등 5명은 이날 부산에서 수출 간담회를 열었다.")
    assert {("5명", "attended", "수출 간담회"), ("김철수", "attended", "수출 간담회"), ("박영희", "memberOf", "5명")} <= found


def test_who_finishes_an_event_took_part_and_what_follows_is_no_part_of_it():
    found = facts("김철수 중소벤처기업부 장관은 이날 취임식을 마친 뒤 지역 기업인들과 간담회를 가졌다.")
    assert {("김철수", "attended", "취임식"), ("김철수", "attended", "지역 기업인 간담회")} <= found
    assert not {f for f in found if f[1] == "partOf"}


@pytest.mark.parametrize(
    "text, group, members, outsiders",
    [
        ("이날 행사에는 한빛전자 이민수 대표, 미래화학 최정호 부사장 등 투자기업 대표 5명과 정수민 상인회 회장, "
         "오세진 번영회 회장 등 주민단체 대표 4명이 참석했다.",
         "주민단체 대표 4명", {"정수민", "오세진"}, {"이민수", "최정호", "투자기업 대표 5명"}),
        ("가나도지사는 도청에서 김민수 라마시장 등 3개 시군 단체장, 박철 한빛전자 대표 등 10개 기업 대표와 투자협약을 체결했다.",
         "10개 기업", {"한빛전자"}, {"박철", "김민수", "3개 시군"}),
        ("가나도지사는 도청에서 김민수 라마시장 등 3개 시군 단체장과 투자협약을 체결했다.",
         "3개 시군 단체장", {"김민수"}, {"가나도"}),
    ],
)
def test_a_list_that_dung_closes_holds_only_its_own_items(text, group, members, outsiders):
    found = facts(text)
    assert {(m, "memberOf", group) for m in members} <= found
    assert not {(m, "memberOf", group) for m in outsiders} & found


@pytest.mark.parametrize(
    "text, host, event",
    [
        ("한국무역협회 주최로 열린 이번 포럼에는 기업인 200여명이 참석했다.", "한국무역협회", "포럼"),
        ("수출 포럼은 한국무역협회 주관으로 3일 서울에서 열렸다.", "한국무역협회", "수출 포럼"),
        ("중소벤처기업부는 3일 한국무역협회 주관으로 수출 간담회를 개최했다.", "한국무역협회", "수출 간담회"),
        ("중소벤처기업부는 3일 김철수 장관 주재로 수출 간담회를 개최했다.", "김철수", "수출 간담회"),
    ],
)
def test_who_an_event_is_held_under_hosts_it(text, host, event):
    assert (host, "organized", event) in facts(text)


def test_a_body_that_holds_an_event_under_another_hosts_it_with_that_one():
    found = facts("중소벤처기업부는 3일 한국무역협회 주관으로 수출 간담회를 개최했다.")
    assert {("중소벤처기업부", "organized", "수출 간담회"), ("한국무역협회", "cooperatedWith", "중소벤처기업부")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "김철수 중소벤처기업부 장관은 3일 부산에서 열린 수출 포럼에서 박영희 한국무역협회 회장을 만나 협력 방안을 논의했다.",
        "김철수 중소벤처기업부 장관은 3일 수출 포럼에서 박영희 한국무역협회 회장과 면담했다.",
        "김철수 장관은 3일 수출 포럼에 참석해 박영희 한국무역협회 회장을 접견했다.",
    ],
)
def test_who_is_met_at_an_event_attends_it(text):
    assert {("김철수", "attended", "수출 포럼"), ("박영희", "attended", "수출 포럼")} <= facts(text)


@pytest.mark.parametrize(
    "text, sides",
    [
        ("협약식에서는 중기부-대구시 간 업무협약이 체결됐다.", {("대구광역시", "중소벤처기업부")}),
        ("전남도는 바이오기업인 가나제약, 대만의 한빛건설그룹과 투자 협약을 체결했다.",
         {("전라남도", "가나제약"), ("전라남도", "한빛건설그룹")}),
    ],
)
def test_every_party_named_in_a_signing_signs(text, sides):
    found = facts(text)
    assert {(a, "signedMOUWith", b) for a, b in sides} <= found


@pytest.mark.parametrize(
    "text, speaker, event",
    [
        ("김철수 장관은 부산에서 열린 바이오 포럼에서 축사를 했다.", "김철수", "바이오 포럼"),
        ("김철수 가나시장이 청년 창업가 간담회에서 인사말을 하고 있다.", "김철수", "청년 창업가 간담회"),
        ("이날 포럼에서 박영희 한국무역협회 회장은 환영사를 했다.", "박영희", "포럼"),
    ],
)
def test_who_gives_a_speech_at_an_event_attends_it(text, speaker, event):
    assert (speaker, "attended", event) in facts(text)


def test_a_signer_whose_post_is_known_signs_for_his_body_and_attends():
    found = facts("가나도지사는 도청에서 김민수 라마시장 등 3개 시군 단체장, 박철 한빛전자 대표 등 10개 기업 대표와 투자협약을 체결했다.")
    assert {("가나도", "signedMOUWith", "라마시"), ("가나도", "signedMOUWith", "한빛전자")} <= found
    assert not {f for f in found if f[1] == "signedMOUWith" and {"김민수", "박철"} & {f[0], f[2]}}


@pytest.mark.parametrize(
    "text, person, group",
    [
        ("김철수 도 경제부지사를 단장으로 한 투자유치단은 11일 빈에 도착했다.", "김철수", "투자유치단"),
        ("중소벤처기업부는 김철수 차관을 단장으로 하는 경제사절단을 베트남에 파견했다.", "김철수", "경제사절단"),
        ("김철수 회장을 위원장으로 한 자문단이 3일 출범했다.", "김철수", "자문단"),
    ],
)
def test_who_heads_a_group_is_one_of_it(text, person, group):
    assert (person, "memberOf", group) in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "이번 사절단에는 박영희 한국무역협회 회장을 비롯해 김철수 중소기업중앙회 회장, 이민수 한국경영자총협회 회장 등이 참여한다.",
        "이번 사절단에는 박영희 한국무역협회 회장을 비롯, 김철수 중소기업중앙회 회장, 이민수 한국경영자총협회 회장 등이 참여한다.",
        "박영희 한국무역협회 회장, 김철수 중소기업중앙회 회장, 이민수 한국경영자총협회 회장 등이 사절단에 포함됐다.",
    ],
)
def test_who_joins_or_is_included_in_a_delegation_is_one_of_it(text):
    found = facts(text)
    assert {(p, "memberOf", "사절단") for p in ("박영희", "김철수", "이민수")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "가나시는 5일 시청에서 한빛전자와 투자협약을 체결했다. 이날 김철수 가나시장과 이민수 한빛전자 대표는 협약서에 서명했다.",
        "김철수 가나시장은 5일 이민수 한빛전자 대표와 투자협약을 체결했다.",
    ],
)
def test_the_people_who_sign_attend_the_signing(text):
    found = facts(text)
    assert {("김철수", "attended", "투자협약"), ("이민수", "attended", "투자협약"), ("가나시", "signedMOUWith", "한빛전자")} <= found


def test_heads_who_agree_to_cooperate_speak_for_their_bodies():
    found = facts("김철수 중소벤처기업부 장관과 박영희 한국무역협회 회장은 수출 지원 협력을 강화하기로 합의했다.")
    assert ("한국무역협회", "cooperatedWith", "중소벤처기업부") in found


def test_who_agree_to_cooperate_at_a_signing_are_its_parties():
    found = facts("중소벤처기업부는 15일 서울에서 수출 지원 업무협약을 체결했다. "
                  "이 자리에서 김철수 중소벤처기업부 차관과 박영희 한빛전자 대표는 수출 지원에 협력하기로 합의했다.")
    assert ("중소벤처기업부", "signedMOUWith", "한빛전자") in found
    assert not {f for f in found if f[1] == "cooperatedWith"}


def test_the_partners_of_one_signer_sign_with_him_not_with_each_other():
    found = facts("전남도는 가나바이오제약, 한빛제약과 투자 협약을 체결했다.")
    assert {("전라남도", "signedMOUWith", "가나바이오제약"), ("전라남도", "signedMOUWith", "한빛제약")} <= found
    assert ("가나바이오제약", "signedMOUWith", "한빛제약") not in found


def test_bodies_that_sign_together_as_subjects_all_sign_with_each_other():
    found = facts("가나시와 다라시, 마바군은 3일 관광 협력을 위한 업무협약을 체결했다.")
    assert {("가나시", "signedMOUWith", "다라시"), ("가나시", "signedMOUWith", "마바군"), ("다라시", "signedMOUWith", "마바군")} <= found


@pytest.mark.parametrize(
    "speech",
    [
        '김철수 시장은 축사에서 "한국무역협회는 지역 경제의 든든한 동반자"라고 말했다.',
        '김철수 시장은 “한국무역협회는 앞으로도 큰 힘이 될 것”이라며 기대를 전했다.',
    ],
)
def test_a_body_named_in_quoted_speech_does_not_attend(speech):
    found = facts("가나시는 10일 시청에서 청년센터 개소식을 가졌다. " + speech)
    assert ("김철수", "attended", "청년센터 개소식") in found
    assert ("한국무역협회", "attended", "청년센터 개소식") not in found


def test_a_reported_statement_in_quotes_still_says_who_hosted():
    found = facts("가나시는 10일 “시청에서 한국무역협회와 함께 ‘청년 포럼’을 열었다”고 밝혔다.")
    assert ("가나시", "organized", "청년 포럼") in found


@pytest.mark.parametrize(
    "text",
    [
        "이날 개소식에는 김철수 시장과 박민수 다라전자 대표가 함께했다.",
        "개소식에는 김철수 시장과 박민수 다라전자 대표도 함께 했다.",
        "이 자리에는 김철수 시장과 박민수 다라전자 대표가 자리를 함께했다.",
    ],
)
def test_those_who_join_a_gathering_attend_it(text):
    found = facts("가나시는 10일 시청에서 청년센터 개소식을 가졌다. " + text)
    assert {("김철수", "attended", "청년센터 개소식"), ("박민수", "attended", "청년센터 개소식"),
            ("다라전자", "attended", "청년센터 개소식")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "김철수 차관은 10일 미국을 방문해 박민수 주미대사와 만나 협력 방안을 논의했다.",
        "김철수 차관은 10일 미국을 방문해 워싱턴 호텔에서 박민수 주미대사와 면담했다.",
    ],
)
def test_whom_a_visitor_meets_on_the_visit_takes_part_in_it(text):
    found = facts(text)
    assert ("박민수", "attended", "미국 방문") in found
    assert not {f for f in found if f[0] == "미국 방문" and f[1] == "heldIn" and f[2] != "미국"}


def test_a_head_named_in_a_bodys_apposition_is_not_said_to_attend_its_signing():
    found = facts("한국무역협회(회장 김철수)는 10일 서울에서 중소벤처기업부와 수출 지원 업무협약을 체결했다.")
    assert ("김철수", "affiliatedWith", "한국무역협회") in found
    assert ("김철수", "attended", "수출 지원 업무협약") not in found
    assert ("김철수", "attended", "수출 지원 업무협약") in facts(
        "김철수 한국무역협회 회장은 10일 서울에서 중소벤처기업부와 수출 지원 업무협약을 체결했다.")


@pytest.mark.parametrize(
    "text, signed",
    [
        ("충청북도는 한빛전자와 업무협약을 체결하고 바이오 산업 육성에 협력하기로 했다.", True),
        ("충청북도는 한빛전자와 업무협약을 체결하고, 바이오 산업 육성에 협력하기로 합의했다.", True),
        ("충청북도는 한빛전자와 업무협약을 체결하고 바이오 산업 육성에 협력할 예정이다.", False),
        ("충청북도는 한빛전자와 업무협약을 체결하기로 했다.", False),
    ],
)
def test_a_signing_linked_to_a_decision_is_done(text, signed):
    assert (("충청북도", "signedMOUWith", "한빛전자") in facts(text)) == signed


def test_the_body_a_gathering_is_with_takes_part_and_does_not_host():
    found = facts("김철수 장관은 10일 한국무역협회와의 간담회를 가졌다.")
    assert ("한국무역협회", "attended", "한국무역협회와의 간담회") in found
    assert ("한국무역협회", "organized", "한국무역협회와의 간담회") not in found
    assert ("한국무역협회", "organized", "한국무역협회 창립총회") in facts("한국무역협회 창립총회가 10일 열렸다.")


@pytest.mark.parametrize(
    "later",
    ["두 도시는 내년에 상호 교차방문을 추진하기로 했다.", "김철수 가나시장은 내년에 다라시를 방문할 예정이다."],
)
def test_what_is_told_before_a_visit_still_to_come_is_no_part_of_it(later):
    found = facts("가나시는 10일 다라시와 우호협력 협약을 체결했다. " + later)
    assert not {f for f in found if f[0] == "우호협력 협약" and f[1] == "partOf"}


def test_what_is_to_be_done_on_a_visit_named_first_is_part_of_it():
    found = facts("김철수 가나시장은 다음달 미국을 방문할 예정이다. 방문 기간 중 현지 기업과 투자협약을 체결한다.")
    assert ("투자협약", "partOf", "미국 방문") in found


@pytest.mark.parametrize(
    "attendees",
    [
        "김철수 부산시장, 이영희 대구시장 및 공무원 30여명이 참석한 가운데 진행됐다.",
        "김철수 부산시장과 이영희 대구시장 및 관계 공무원들이 참석했다.",
    ],
)
def test_a_list_that_ends_with_a_joining_adverb_and_unnamed_people_attends(attendees):
    found = facts("부산시는 대구시와 우호협약을 체결했다. 이날 협약 체결식에는 " + attendees)
    assert {("김철수", "attended", "우호협약"), ("이영희", "attended", "우호협약")} <= found


def test_two_gatherings_attended_in_turn_are_not_one_within_the_other():
    found = facts("대한상의 사절단은 14일 '한-베 비즈니스 포럼'에 참석하고, 무역협회가 마련한 '한류 상품 전시회'에도 참석한다.")
    assert not {f for f in found if f[1] == "partOf"}


@pytest.mark.parametrize(
    "company",
    [
        "이번 방문에는 이영희 한국무역협회 회장과 박민수 삼성전자 사장이 동행했다.",
        "이영희 한국무역협회 회장과 박민수 삼성전자 사장도 동행했다.",
    ],
)
def test_who_goes_along_goes_on_the_visit(company):
    found = facts("김철수 산업통상자원부 장관은 10일 미국을 방문했다. " + company)
    assert {("이영희", "attended", "미국 방문"), ("박민수", "attended", "미국 방문")} <= found


def test_a_delegation_that_goes_along_and_its_members_go_on_the_visit():
    found = facts("김철수 산업통상자원부 장관은 10일부터 미국을 방문한다. "
                  "이번 방문에는 한국무역협회와 삼성전자 등 20개 기업으로 구성된 경제사절단이 동행한다.")
    assert {("경제사절단", "attended", "미국 방문"), ("삼성전자", "memberOf", "경제사절단"),
            ("삼성전자", "attended", "미국 방문")} <= found


def test_the_articles_own_body_does_not_attend_through_its_head_but_a_guests_body_does():
    found = facts("중소벤처기업부는 10일 서울에서 수출 간담회를 열었다. "
                  "간담회에는 김철수 중소벤처기업부 장관과 이영희 한국무역협회 회장이 참석했다.")
    assert {("김철수", "attended", "수출 간담회"), ("한국무역협회", "attended", "수출 간담회")} <= found
    assert ("중소벤처기업부", "attended", "수출 간담회") not in found


def test_the_briefing_a_plan_is_told_at_is_not_what_is_planned():
    found = facts("산업통상자원부는 20일 정례브리핑에서 김철수 장관이 다음주 미국을 방문할 예정이라고 밝혔다.")
    assert not {f for f in found if f[1] == "plans" and f[2] == "정례브리핑"}


def test_a_clause_joined_by_a_noun_of_sequence_keeps_its_subject():
    found = facts("충주시는 청소년 캠프를 취소하는 한편 시민 체육대회는 가을에 여는 쪽으로 정했다.")
    assert ("충주시", "organized", "청소년 캠프") in found


def test_a_body_named_for_a_persons_post_is_no_member_of_a_count_of_people():
    found = facts("부산시는 10일 청년센터 개소식을 가졌다. "
                  "이날 개소식에는 김철수 부산시장과 이영희 부산시의회 의장, 시민 등 300여 명이 참석했다.")
    assert ("이영희", "memberOf", "300여 명") in found
    assert ("부산시의회", "memberOf", "300여 명") not in found
    assert ("한국무역협회", "memberOf", "10개 기관") in facts("이날 행사에는 한국무역협회, 삼성전자 등 10개 기관이 참석했다.")
