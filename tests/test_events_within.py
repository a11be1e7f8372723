"""Events inside events: a gathering named after another of the article is part of it (made-up sentences)."""

import pytest

from .made_up import facts


@pytest.mark.parametrize(
    "text, part, whole",
    [
        ("가나시는 제5회 가나박람회를 열었다. 가나박람회 개막식에는 김철수 장관이 참석했다.", "가나박람회 개막식", "제5회 가나박람회"),
        ("가나도는 제3차 다라한상대회를 열었다. 가나도는 제3차 다라한상대회 투자설명회를 열었다.",
         "제3차 다라한상대회 투자설명회", "제3차 다라한상대회"),
    ],
)
def test_an_event_named_after_a_gathering_is_part_of_it(text, part, whole):
    assert (part, "partOf", whole) in facts(text)


def test_a_signing_ceremony_is_not_part_of_its_agreement():
    found = facts("가나부는 업무협약 체결식을 열었다. 가나부는 다라청과 업무협약을 체결했다.")
    assert not any(p == "partOf" for _, p, _ in found)


def test_the_first_of_a_series_is_part_of_it():
    found = facts("가나청은 순회 정책 설명회를 연다고 밝혔다. 첫 설명회는 이날 열렸다.")
    assert ("첫 설명회", "partOf", "순회 정책 설명회") in found


def test_the_opening_item_of_a_programme_is_part_of_the_event():
    found = facts("가나시는 9일 구미국가산업단지에서 기업 간담회를 열었다. 간담회는 공장 견학을 시작으로 기업인 토론 등으로 진행됐다.")
    assert ("공장 견학", "partOf", "기업 간담회") in found
    assert ("공장 견학", "heldIn", "구미국가산업단지") in found


@pytest.mark.parametrize(
    "text, part, whole",
    [
        ("중소벤처기업부는 국제박람회 기간 중 투자설명회를 열었다.", "투자설명회", "국제박람회"),
        ("중소벤처기업부는 포럼 중 열린 간담회에 참석했다.", "간담회", "포럼"),
        ("중소벤처기업부는 이번 박람회를 계기로 산업통상자원부와 업무협약을 체결했다.", "업무협약", "박람회"),
    ],
)
def test_what_happens_during_an_event_is_part_of_it(text, part, whole):
    found = facts(text)
    assert (part, "partOf", whole) in found
    assert not any(p == "organized" and o == whole for _, p, o in found)  # the clause tells what happens during it


def test_presiding_over_a_meeting_holds_it():
    found = facts("김철수 장관은 5일 프랑스 파리에서 통상협력 포럼을 주재했다.")
    assert ("김철수", "organized", "통상협력 포럼") in found
    assert ("통상협력 포럼", "heldIn", "파리") in found


def test_this_days_meeting_is_the_one_held_on_a_stated_day():
    found = facts("김철수 장관은 11일 부산에서 간담회를 주재했다. 국토부는 그간 ‘스마트 물류 지원 간담회’ 등을 개최해 왔다. "
                  "가나은행 관계자들도 이날 간담회에 참석했다.")
    assert not any(p == "attended" and o == "스마트 물류 지원 간담회" for _, p, o in found)
