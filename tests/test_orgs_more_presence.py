"""Firms listed at a signing's ceremony (kg/extract/signings.py): present at one still to come, they are its parties
but signed nothing yet, on made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "가나군은 오는 18일 군청에서 2개 기업과 투자협약을 체결한다. 협약식에는 ㈜가나철강, ㈜다라개발 등이 참석한다.",
        "가나군은 지난해 기업 10곳과 투자협약을 체결했다. 다음 달 협약식에는 ㈜가나철강, ㈜다라개발 등이 참석한다.",
    ],
)
def test_firms_at_a_ceremony_still_to_come_signed_nothing_yet(text):
    assert not pairs(extract(text), "signedMOUWith")


def test_firms_at_a_ceremony_still_to_come_are_the_signings_parties():
    result = extract("가나군은 오는 18일 군청에서 2개 기업과 투자협약을 체결한다. 협약식에는 ㈜가나철강, ㈜다라개발 등이 참석한다.")
    assert {"가나철강", "다라개발"} <= {b for _, b in pairs(result, "party")}


def test_firms_that_attended_a_done_ceremony_signed_it():
    result = extract("가나군은 5일 군청에서 투자 협약식을 가졌다. 이날 협약식에는 ㈜가나철강, ㈜다라개발 등이 참석했다.")
    assert {frozenset(p) for p in pairs(result, "signedMOUWith")} >= {frozenset(("가나군", "가나철강")), frozenset(("가나군", "다라개발"))}
