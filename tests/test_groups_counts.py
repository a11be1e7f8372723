"""Counts that bound their number ('이상의', '이내의') and counts of teams (kg/extract/groups.py)."""

import pytest

from .made_up import extract


def groups(text: str) -> dict[str, int | None]:
    return {e.name: e.count for e in extract(text).entities.values() if e.cls == "Group"}


@pytest.mark.parametrize(
    "text, name, count",
    [
        ("올해 2500개 이상의 창업기업이 신청했다.", "2500개 이상의 창업기업", 2500),
        ("정부는 연말까지 10팀 이내의 수상 기업을 선발할 계획이다.", "10팀 이내의 수상 기업", 10),
        ("설명회에는 50명 내외의 참가자가 자리했다.", "50명 내외의 참가자", 50),
        ("이번 대회에는 스타트업 30팀이 참가했다.", "스타트업 30팀", 30),
    ],
)
def test_a_bounded_count_and_a_count_of_teams_make_a_group(text, name, count):
    assert groups(text).get(name) == count


def test_a_team_glued_to_its_number_is_a_department_no_group():
    assert not groups("가나시 홍보2팀은 간담회를 열었다.")


def test_a_list_of_fields_before_the_head_stays_out_of_the_name():
    assert groups("상담회에는 누리지역 화장품, 의료기기, 식품 분야 기업 34개사가 참여한다.") == {"기업 34개사": 34}
