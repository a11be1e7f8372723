"""A copula in its relative form ('주관단체인 X') only describes the name after it: it is no predicate that
phrases before it belong to. Made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import facts


@pytest.mark.parametrize(
    "text, relation",
    [
        ("이번 경제사절단에는 주관단체인 가나협회 김철수 회장을 비롯해 다라상사 이영희 사장 등이 참여한다.",
         ("김철수", "memberOf", "경제사절단")),
        ("이번 경제사절단에는 주관단체인 가나협회 김철수 회장을 비롯해 다라상사 이영희 사장 등이 참여한다.",
         ("이영희", "memberOf", "경제사절단")),
    ],
)
def test_phrases_before_a_relative_copula_belong_to_the_predicate_after_it(text, relation):
    assert relation in facts(text)
