"""Events as the genre writes them: trips said with an adverb before the verb, names closed by time words
(made-up sentences)."""

import pytest

from .made_up import extract, pairs

EVENT_CLASSES = {"Event", "Meeting", "AgreementSigning", "Investment"}


def events(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls in EVENT_CLASSES}


@pytest.mark.parametrize(
    "adverb",
    # Kiwi reads each as a verb with a connective ending (잇따르+어); it says how the visit is made, no more
    ["잇따라", "잇달아", "연달아", "번갈아"],
)
def test_an_adverbial_verb_before_a_visit_leaves_its_destinations_to_it(adverb):
    result = extract(f"박민수 국토교통부 장관은 9일 페루와 칠레를 {adverb} 방문했다.")
    assert pairs(result, "heldIn") == {("페루와 칠레 방문", "페루"), ("페루와 칠레 방문", "칠레")}
    assert ("박민수", "페루와 칠레 방문") in pairs(result, "attended")
