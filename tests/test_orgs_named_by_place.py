"""An association's generic name after the places it serves is one organization ('가나시티 한인상공회의소')."""

import pytest

from kg.extract.mentions import MentionFinder
from kg.lexicon import load_lexicon
from kg.morph import split_sentences

LEXICON = load_lexicon()
FINDER = MentionFinder(LEXICON)


def _found(text: str) -> dict[str, str]:
    return {m.text: m.cls for sentence in split_sentences(text, LEXICON) for m in FINDER.find(sentence)}


@pytest.mark.parametrize(
    "sentence, organization",
    [
        ("시카고 한인상공회의소는 설명회를 열었다.", "시카고 한인상공회의소"),
        ("휴스턴 텍사스주 한인상공회의소와 협약을 맺었다.", "휴스턴 텍사스주 한인상공회의소"),
        ("휴스턴텍사스 한인상공회의소(회장 김철수)는 협약을 맺었다.", "휴스턴텍사스 한인상공회의소"),
        ("오늘 행사에는 시애틀 한인무역협회 김철수 회장이 참석했다.", "시애틀 한인무역협회"),
    ],
)
def test_the_places_before_an_associations_generic_name_are_part_of_it(sentence, organization):
    found = _found(sentence)
    assert found[organization] == "Organization"
    assert not any(cls == "Place" for cls in found.values())


@pytest.mark.parametrize(
    "sentence, place, organization",
    [
        # a name of its own is no chapter: the place before it stays a place
        ("서울 한국무역협회에서 간담회가 열렸다.", "서울", "한국무역협회"),
        # a company's ending after a place names a field, not a chapter
        ("마이애미 바이오 클러스터 관계자들이 방문했다.", "마이애미", None),
    ],
)
def test_a_place_before_a_name_of_its_own_stays_a_place(sentence, place, organization):
    found = _found(sentence)
    assert found.get(place) == "Place"
    if organization:
        assert organization in found


@pytest.mark.parametrize(
    "sentence, company",
    [
        ("가나텍코리아는 10일 새 공장을 열었다.", "가나텍코리아"),
        ("행사에는 누리소프트코리아 대표가 참석했다.", "누리소프트코리아"),
    ],
)
def test_a_foreign_companys_korean_arm_is_named_with_korea(sentence, company):
    assert _found(sentence)[company] == "Company"


@pytest.mark.parametrize("sentence", ["'가나코리아 2030'이 열린다.", "가나코리아 2030에 참석했다."])
def test_an_event_named_with_korea_and_its_year_is_no_company(sentence):
    assert "Company" not in _found(sentence).values()


@pytest.mark.parametrize(
    "sentence",
    ["도지사는 기업의 해외시장 판로확대를 위해 출국했다.", "대표단은 가평일대의 관광지를 둘러봤다."],
)
def test_a_common_noun_ending_in_dae_names_no_university(sentence):
    assert "University" not in _found(sentence).values()


@pytest.mark.parametrize("sentence", ["대표단은 인도네시아 신산업도시를 찾았다.", "방문단은 일본 항구도시에서 기업인들을 만났다."])
def test_a_common_noun_ending_in_si_names_no_city_government(sentence):
    assert "GovernmentBody" not in _found(sentence).values()


def test_companies_listed_each_after_its_field():
    """'반도체 분야 A, 물류 분야 B': a name after the field it stands for is a company, the field no part of it."""
    found = _found("간담회에는 IT 분야 누리소프트코리아, 물류 분야 ABC로지스 등 10개사가 함께한다.")
    assert found["누리소프트코리아"] == "Company"
    assert found.get("ABC로지스") == "Company"
    assert not any("분야" in name for name in found)
