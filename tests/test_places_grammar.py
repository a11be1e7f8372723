"""Places read from their position and their endings: made-up sentences, one table per rule."""

import pytest

from .made_up import extract, facts


def places(text: str) -> set[str]:
    return {e.name for e in extract(text).entities.values() if e.cls == "Place"}


@pytest.mark.parametrize(
    "text, venue",
    [
        # a venue word closes an unknown name: the name with it is a place where things happen
        ("가나부는 다라빌딩에서 설명회를 열었다.", "다라빌딩"),
        ("가나부는 한빛아트홀에서 시상식을 열었다.", "한빛아트홀"),
        ("가나시는 누리제3농공단지에 공장을 짓는다.", "누리제3농공단지"),
        # a local government's office building, like 시청 and 도청
        ("가나시는 15일 다라군청에서 마라전자와 투자협약을 체결했다.", "다라군청"),
    ],
)
def test_a_venue_word_makes_a_place(text, venue):
    assert venue in places(text)


@pytest.mark.parametrize(
    "text, event, place",
    [
        # an organization named after the places it stands in, where something happens, is a place too
        ("장관은 서울 영등포구 가나협회에서 간담회를 가졌다.", "간담회", "서울 영등포구 가나협회"),
        ("장관은 서울 영등포구 가나협회에서 간담회를 가졌다.", "간담회", "영등포구"),
    ],
)
def test_an_organization_after_its_places_is_a_venue(text, event, place):
    assert (event, "heldIn", place) in facts(text)


def test_a_known_place_named_with_its_city_holds_the_city_too():
    # '서울 영등포구' is one name in the lexicon; 서울 in it is a place of its own
    result = extract("장관은 서울 영등포구를 방문했다.")
    names = {e.name for e in result.entities.values() if e.cls == "Place"}
    assert "영등포구" in names


@pytest.mark.parametrize(
    "text, place",
    [
        # a county's government visited: its territory is the place visited
        ("구청장은 전날 완주군을 방문해 자매결연 협약을 맺었다.", "완주"),
        # a county's government opening an address: its territory
        ("가나전자는 경남 함양군 누리제2농공단지에 45억원을 투자한다.", "함양"),
    ],
)
def test_a_local_government_where_it_is_visited_or_addressed_is_its_territory(text, place):
    assert place in places(text)


def test_a_local_government_that_acts_stays_a_body():
    result = extract("완주군은 가나전자와 투자협약을 체결했다.")
    assert "완주군" in {e.name for e in result.entities.values() if e.cls == "GovernmentBody"}
