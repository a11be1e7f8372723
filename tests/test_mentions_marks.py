"""Kind marks and quote marks written the odd ways scraped pages write them: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract
from .test_mentions_orgs import organizations


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("주)한빛테크는 다온전자와 협약을 맺었다.", "한빛테크", "Company"),
        ("재)한빛문화재단은 행사를 열었다.", "한빛문화재단", "Organization"),
    ],
)
def test_a_mark_that_lost_its_opening_bracket_still_names_the_kind(text, name, kind):
    assert organizations(text).get(name) == kind


@pytest.mark.parametrize("quote", ["`", "＇", "′"])
def test_a_name_between_odd_quote_marks_is_read_as_between_quotes(quote):
    text = f"이날 행사에는 홍길동 {quote}다온테크{quote} 대표가 참석했다."
    assert organizations(text).get("다온테크") == "Company"


@pytest.mark.parametrize("quote", ["`", "＇"])
def test_an_event_quoted_with_odd_marks_keeps_its_whole_name(quote):
    names = {e.name for e in extract(f"다라공사는 {quote}글로벌 한빛협력포럼{quote}을 개최했다.").entities.values()}
    assert "글로벌 한빛협력포럼" in names
