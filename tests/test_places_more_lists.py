"""Places listed with ㆍ (the letter araea written as a middle dot), as with · (made-up sentences)."""

import pytest

from tests.made_up import extract


def held_in(text: str) -> set[str]:
    result = extract(text)
    name = {k: e.name for k, e in result.entities.items()}
    return {name[r.object] for r in result.relations if r.predicate == "heldIn"}


@pytest.mark.parametrize(
    "text, places",
    [
        ("김가나 장관은 독일ㆍ프랑스를 방문했다.", {"독일", "프랑스"}),
        ("김가나 장관은 동남아 3개국(베트남ㆍ태국ㆍ말레이시아)을 순방한다.", {"베트남", "태국", "말레이시아"}),
        ("다라협회는 서울ㆍ부산ㆍ대구에서 설명회를 열었다.", {"서울", "부산", "대구"}),
    ],
)
def test_places_joined_by_araea_are_each_where_it_happens(text, places):
    assert places <= held_in(text)
