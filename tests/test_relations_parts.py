"""An event told as part of a larger one by the noun after the larger one's name: made-up sentences."""

import pytest

from .made_up import extract, pairs


@pytest.mark.parametrize(
    "text, part, whole",
    [
        # 의 부대행사로: a side event of a forum
        ("이번 투자설명회는 다라포럼의 부대행사로 마련됐다.", "투자설명회", "다라포럼"),
        # 의 일환으로: one of the events of a larger one
        ("가나부는 다라포럼 행사의 일환으로 간담회를 개최했다.", "간담회", "다라포럼 행사"),
        ("가나부 장관은 유럽 순방의 일환으로 베를린에서 간담회를 가졌다.", "간담회", "유럽 순방"),
        # 의 첫 행사로: the name in quotes, or dated in brackets
        ("가나부는 '제5회 다라박람회'의 첫 행사로 마라공사와 업무협약을 체결했다.", "업무협약", "제5회 다라박람회"),
        ("가나부는 다라박람회(9.1~3)의 첫 행사로 마라공사와 업무협약을 체결했다.", "업무협약", "다라박람회"),
    ],
)
def test_an_event_told_as_a_share_of_another_is_part_of_it(text, part, whole):
    assert (part, whole) in pairs(extract(text), "partOf")


@pytest.mark.parametrize(
    "text",
    [
        # a policy's share is no event's part
        "가나부는 창업지원 정책의 일환으로 간담회를 개최했다.",
        # 의 with no share noun after it: the forum's theme, not a whole
        "가나부는 다라포럼의 주제로 간담회를 개최했다.",
    ],
)
def test_no_part_without_an_event_and_a_share_noun(text):
    assert not pairs(extract(text), "partOf")


def test_the_government_of_a_country_is_no_unit_of_the_country():
    # '핀란드 정부' after '핀란드와 … 맺었다': the country acting and its government are one side, no part of the other
    text = "한국이 핀란드와 디지털 협력 동반자 관계를 맺었다. 한국과 핀란드 정부는 이날 핀란드 헬싱키에서 협정을 체결했다."
    assert ("핀란드 정부", "핀란드") not in pairs(extract(text), "partOf")


@pytest.mark.parametrize(
    "text, unit, whole",
    [
        # a chain of branches in a row: each a unit of the one before
        ("누리시와 한국설비건설협회 경상남도지회 누리시협의회(회장 홍길동)는 이날 누리시청에서 안전 협약을 맺었다.", "누리시협의회", "경상남도지회"),
        ("누리시와 한국설비건설협회 경상남도지회 누리시협의회(회장 홍길동)는 이날 누리시청에서 안전 협약을 맺었다.", "경상남도지회", "한국설비건설협회"),
    ],
)
def test_a_chain_of_branches_is_a_chain_of_units(text, unit, whole):
    assert (unit, whole) in pairs(extract(text), "partOf")


def test_firms_named_in_a_row_are_a_list():
    assert not pairs(extract("이번 펀드에는 가나투자 다라투자 마라투자가 참여했다."), "partOf")
