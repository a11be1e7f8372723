"""The status of an event named after a relative clause that holds it: a present relative form ('열리는') happens
when the clause it leads into does (made-up sentences)."""

import pytest

from .made_up import extract


def statuses(text: str) -> dict[str, str]:
    return {e.name: e.status for e in extract(text).entities.values() if e.status is not None}


@pytest.mark.parametrize(
    "text, status",
    [
        ("홍길동 장관은 다음달 부산에서 열리는 가나 포럼에 참석한다.", "planned"),
        ("홍길동 장관은 부산에서 열리는 가나 포럼에 참석할 예정이다.", "planned"),
        ("가나부는 부산에서 개최되는 가나 포럼을 후원한다.", "planned"),
        ("홍길동 장관은 부산에서 열리는 가나 포럼에 참석했다.", "completed"),
        ("홍길동 장관은 부산에서 열린 가나 포럼에 참석했다.", "completed"),
        ("홍길동 장관은 부산에서 열릴 가나 포럼에 참석했다.", "planned"),
    ],
)
def test_a_present_relative_form_takes_the_main_clauses_tense(text, status):
    assert statuses(text)["가나 포럼"] == status


@pytest.mark.parametrize(
    "text, event, status",
    [
        ("홍길동 시장은 오는 31일 출국해 맨 먼저 북경을 방문, 시 관계자를 만나 협력을 협의하고 현장을 둘러보게 된다.", "북경 방문", "planned"),
        ("가나청은 지난 13일 가나 포럼을 열었다.", "가나 포럼", "completed"),
        ("가나협회는 오는 13일 개최하기로 계획했지만 가나 포럼을 잠정 연기했다.", "가나 포럼", "postponed"),
    ],
)
def test_a_day_put_ahead_with_oneun_is_still_to_come(text, event, status):
    assert statuses(text)[event] == status
