"""One body named by its long and its short ending in one article is one node ('가나여자대학교' and '가나여대'):
made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import assert_facts, extract

ORGS = {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}


def bodies(text: str) -> dict[str, set[str]]:
    return {e.name: {e.name, *e.aliases} for e in extract(text).entities.values() if e.cls in ORGS}


@pytest.mark.parametrize(
    "text, long, short",
    [
        ("한빛여자대학교는 다라전자와 협약을 맺었다. 한빛여대는 인재를 양성한다.", "한빛여자대학교", "한빛여대"),
        ("한빛여대는 다라전자와 협약을 맺었다. 한빛여자대학교는 인재를 양성한다.", "한빛여자대학교", "한빛여대"),
        ("한빛공과대학교는 다라시와 협약을 체결했다. 한빛공대는 연구소를 세운다.", "한빛공과대학교", "한빛공대"),
        ("한빛교육대학교는 포럼을 열었다. 한빛교대는 교사를 양성한다.", "한빛교육대학교", "한빛교대"),
        ("한빛과학기술원은 세미나를 열었다. 한빛과기원은 연구를 이어간다.", "한빛과학기술원", "한빛과기원"),
        ("한빛과기원은 다라전자와 협약을 맺었다. 한빛과학기술원은 연구를 이어간다.", "한빛과학기술원", "한빛과기원"),
        ("한빛과학기술대학교는 포럼을 열었다. 한빛과기대는 연구를 한다.", "한빛과학기술대학교", "한빛과기대"),
        ("한빛체육대학교는 대회를 열었다. 한빛체대는 선수를 키운다.", "한빛체육대학교", "한빛체대"),
        ("가나상공회의소는 간담회를 개최했다. 가나상의는 건의문을 전달했다.", "가나상공회의소", "가나상의"),
        ("부산지방중소벤처기업청은 설명회를 열었다. 부산중기청은 지원을 확대한다.", "부산지방중소벤처기업청", "부산중기청"),
    ],
)
def test_a_body_s_long_and_short_forms_are_one_node(text, long, short):
    found = bodies(text)
    assert len([n for n, labels in found.items() if long in labels or short in labels]) == 1, found
    assert any({long, short} <= labels for labels in found.values()), found


def test_a_short_form_names_the_post_of_its_body():
    assert_facts("한빛공과대학교는 다라시와 협약을 체결했다. 한빛공대 총장 홍길동은 기대감을 나타냈다.",
                 {("홍길동", "affiliatedWith", "한빛공과대학교")}, set())



@pytest.mark.parametrize(
    "text, long, short",
    [
        ("한빛대다라병원은 마라여대와 협약을 맺었다. 다라병원은 연구 시설을 제공한다.", "한빛대다라병원", "다라병원"),
        ("한빛대다라병원 홍길동 병원장은 다라병원이 시설을 제공한다고 말했다.", "한빛대다라병원", "다라병원"),
    ],
)
def test_a_hospital_named_after_its_university_is_also_named_alone(text, long, short):
    test_a_body_s_long_and_short_forms_are_one_node(text, long, short)


@pytest.mark.parametrize("name", ["한빛대병원", "한빛대학병원", "한빛대학교병원"])
def test_a_university_hospital_named_by_the_school_alone_keeps_its_name(name):
    assert all(label.startswith("한빛") for labels in bodies(f"{name}은 포럼을 열었다.").values() for label in labels)
