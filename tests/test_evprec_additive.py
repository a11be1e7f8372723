"""A signing noun with the additive particle ('협약도 체결했다') tells one more signing of the day, whose subject is
the one the sentence before named (made-up sentences)."""

import pytest

from .made_up import extract, facts


def signings(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls == "AgreementSigning"}


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("가나시는 28일 다라전자와 투자협약을 체결했다. 또 이날 마바은행과 업무협약도 체결했다.", "투자협약", "업무협약"),
        ("가나시는 5일 다라전자와 투자협약(MOU)을 체결했다. 이날 마바은행과 금융 지원을 위한 업무협약(MOU)도 맺었다.",
         "투자협약", "금융 지원을 위한 업무협약"),
    ],
)
def test_a_signing_told_as_another_is_its_own_event(text, first, second):
    found = signings(text)
    assert {first, second} <= found
    assert (second, "partOf", first) not in facts(text)


def test_the_subject_of_the_sentence_before_signs_the_second_signing():
    found = facts("가나시는 28일 다라전자와 투자협약을 체결했다. 또 이날 마바은행과 업무협약도 체결했다.")
    assert ("가나시", "signedMOUWith", "마바은행") in found
    assert ("업무협약", "party", "가나시") in found


def test_a_signing_told_again_on_the_day_is_still_the_same_one():
    assert len(signings("가나시는 28일 다라전자와 업무협약을 체결했다. 이날 협약식에는 홍길동 시장이 참석했다.")) == 1
