"""A caption's parentheses that say where a person stands in the photo name no body."""

import pytest

from .made_up import extract


@pytest.mark.parametrize("text, absent", [
    ("김가나 다라전자 대표(왼쪽 세 번째)와 이마바 시장(네번째)이 협약을 맺었다.", {"세 번째", "네번째"}),
    ("최동춘 가나대 학과장(세번째)과 김다라 센터장(오른쪽 두번째)이 업무협약을 체결했다.", {"세번째", "오른쪽 두번째"}),
    ("박누리 가나협회 회장(가운데)과 이마바 다라공사 사장(왼쪽)이 협약서에 서명했다.", {"가운데", "왼쪽"}),
])
def test_a_photo_position_in_parentheses_is_no_name(text, absent):
    names = {entity.name for entity in extract(text).entities.values()}
    assert not names & absent


def test_fields_with_their_firms_in_parentheses_are_still_read():
    names = {entity.name for entity in extract("유통(가나마트), 통신(다라텔레콤), 항공(누리항공) 등 9개 기업이 참여했다.").entities.values()}
    assert {"가나마트", "다라텔레콤", "누리항공"} <= names
