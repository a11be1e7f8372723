"""Organizations named the ways the genre names them, and common words that only end like one: made-up sentences."""

from __future__ import annotations

import pytest

from .made_up import extract


def organizations(text: str) -> dict[str, str]:
    return {e.name: e.cls for e in extract(text).entities.values()
            if e.cls in {"Organization", "GovernmentBody", "Company", "Investor", "Hospital", "University", "MediaOutlet"}}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("(주)아자차는 100억원을 투자했다.", "아자차", "Company"),
        ("(주)가나바이오와 다라전자(주)는 협약을 맺었다.", "가나바이오", "Company"),
        ("(주)가나바이오와 다라전자(주)는 협약을 맺었다.", "다라전자", "Company"),
        ("(재)가나문화재단은 행사를 열었다.", "가나문화재단", "Organization"),
        ("가나전자㈜와 ㈜다라테크는 업무협약을 체결했다.", "다라테크", "Company"),
        ("(사)한누리협회(회장 홍길동)와 (사)다라연합회(회장 김철수)는 협약을 맺었다.", "한누리협회", "Organization"),
        ("(사)한누리협회(회장 홍길동)와 (사)다라연합회(회장 김철수)는 협약을 맺었다.", "다라연합회", "Organization"),
    ],
)
def test_a_kind_mark_glued_to_a_name_names_its_kind(text, name, kind):
    assert organizations(text).get(name) == kind


@pytest.mark.parametrize(
    "text, word",
    [
        ("워킹그룹과 실무그룹은 도심항공모빌리티 분야를 논의했다.", "도심항공모빌리티"),
        ("참석자들은 AI반도체와 K뷰티, K콘텐츠 분야 협력을 논의했다.", "AI반도체"),
        ("정부는 디지털헬스케어와 스마트모빌리티, 그린바이오 등 신산업을 키운다.", "그린바이오"),
        ("중소벤처기업부는 '스마트 제조혁신 바우처' 사업 공고를 냈다.", "스마트 제조혁신 바우처"),
    ],
)
def test_a_field_or_a_program_that_ends_like_a_company_is_no_organization(text, word):
    assert not any(name.endswith(word) or word.endswith(name) for name in organizations(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("국립누리대학교와 가나도립대학교는 통합을 추진한다.", "가나도립대학교"),
        ("가나모빌리티는 100억원을 투자받았다.", "가나모빌리티"),
    ],
)
def test_a_proper_noun_before_the_ending_still_names_a_body(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("500억원을 출자받은 마바네트워크와 다라인베스트먼트가 각각 조합을 만들었다.", "마바네트워크", "Investor"),
        ("한빛인베스트먼트 마바네트워크 누리인베스트먼트 등은 결성식을 열었다.", "마바네트워크", "Investor"),
    ],
)
def test_a_proper_noun_coordinated_with_an_organization_is_one_of_its_kind(text, name, kind):
    assert organizations(text).get(name) == kind


@pytest.mark.parametrize(
    "text, word",
    [
        ("가나제약과 드론으로 유명한 시애틀 누리 로보틱스 등 혁신 기업이 있다.", "드론"),
        ("가나진흥공단은 다라몰과 KOTRA 무역관을 활용한다.", "다라몰"),
    ],
)
def test_a_word_joined_to_an_organization_that_is_not_the_subject_stays_what_it_is(text, word):
    assert word not in organizations(text)


def names_of(text: str, name: str) -> list[str]:
    entity = next(e for e in extract(text).entities.values() if e.name == name)
    return [entity.name, *entity.aliases, *entity.labels_en]


@pytest.mark.parametrize(
    "text, name, short",
    [
        ("누리글로벌재단(이하 누리재단)은 행사를 열었다. 누리재단은 매년 행사를 연다.", "누리글로벌재단", "누리재단"),
        ("한국누리지원센터(누리센터)는 설명회를 열었다.", "한국누리지원센터", "누리센터"),
        ("한국무역보험공사(K-SURE)는 수출기업을 지원한다.", "한국무역보험공사", "K-SURE"),
        ("누리다라상공회의소(누참)는 설명회를 열었다.", "누리다라상공회의소", "누참"),
    ],
)
def test_a_short_name_in_parentheses_is_another_name_of_the_organization(text, name, short):
    assert short in names_of(text, name)


@pytest.mark.parametrize("text, name", [("누리무역협회(서울)는 행사를 열었다.", "누리무역협회"),
                                        ("누리무역협회(홍길동)는 행사를 열었다.", "누리무역협회")])
def test_a_place_or_a_persons_name_in_parentheses_is_no_short_name(text, name):
    assert names_of(text, name) == [name]


def test_the_short_name_used_later_is_the_same_organization():
    assert [n for n in organizations("누리글로벌재단(이하 누리재단)은 행사를 열었다. 누리재단은 매년 행사를 연다.")] == ["누리글로벌재단"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("인도네시아 투자조정청(BKPM)과 MOU를 맺었다.", "인도네시아 투자조정청"),
        ("미국 국제개발처(USAID)와 협력한다.", "미국 국제개발처"),
    ],
)
def test_a_country_before_a_body_found_with_its_english_name_is_that_countrys(text, name):
    assert organizations(text).get(name) == "GovernmentBody"


@pytest.mark.parametrize(
    "text, name",
    [
        ("김 지사는 시애틀 노바리스 본사에서 임원진과 면담을 가졌다.", "노바리스"),
        ("루미나 관계자는 \"채용을 늘리겠다\"고 말했다.", "루미나"),
    ],
)
def test_what_has_a_head_office_or_staff_is_a_body(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize("text", ["홍길동 관계자는 말했다.", "현장 관계자는 말했다."])
def test_a_person_or_a_common_noun_before_staff_is_no_body(text):
    assert not organizations(text)


def test_a_two_word_english_name_in_parentheses_gives_no_short_name():
    assert "Street" not in names_of("글로벌 VC인 헤론 스트리트(Heron Street)가 참여했다.", "헤론 스트리트")


@pytest.mark.parametrize(
    "text, name, english",
    [("차관은 가나베르크(Ganaberg·자동차 부품), 다라마이어(Daramayer·재생에너지) 등을 면담했다.", "가나베르크", "Ganaberg"),
     ("차관은 가나베르크(Ganaberg·자동차 부품), 다라마이어(Daramayer·재생에너지) 등을 면담했다.", "다라마이어", "Daramayer")],
)
def test_a_name_with_its_english_name_and_field_in_parentheses(text, name, english):
    assert english in names_of(text, name)


def test_a_name_with_the_year_of_its_edition_is_no_company():
    assert "가나엑스포" not in organizations("그는 '가나엑스포 2025'를 통해 성과를 알리겠다고 말했다.")


def test_a_long_name_with_a_short_name_the_lexicon_knows_is_that_body():
    assert organizations("코트라는 한미상공회의소(암참)와 협약을 맺었다.") == {"대한무역투자진흥공사": "GovernmentBody",
                                                                        "주한미국상공회의소": "Organization"}


def test_a_known_body_before_another_bodys_english_name_is_not_its_alias():
    assert "외교부" not in names_of("대전시는 외교부(KOICA)가 실시하는 공모에 선정됐다.", "한국국제협력단")


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a compound of common nouns ending like an association, with its abbreviation in parentheses
        ("시장은 아시아도시연합(AUCN) 총회에 참석했다.", "아시아도시연합", "Organization"),
        # a place's chamber of commerce by its short name
        ("시장은 창원상의와 협약을 맺었다.", "창원상의", "Organization"),
        # international organizations and foreign development agencies the press names
        ("시장은 세계지방정부연합 총회에 참석했다.", "세계지방정부연합", "Organization"),
        ("장관은 아세안 사무국을 방문했다.", "아세안 사무국", "Organization"),
        ("차관은 일본국제협력기구 관계자와 만났다.", "일본국제협력기구", "GovernmentBody"),
    ],
)
def test_associations_chambers_and_international_bodies(text, name, kind):
    assert organizations(text).get(name) == kind


@pytest.mark.parametrize("text", ["제도상의 문제를 해결했다.", "계약상의 의무를 다했다."])
def test_an_ending_that_names_a_body_only_after_a_place(text):
    assert not organizations(text)


@pytest.mark.parametrize("text", ["행사에는 가평군 군민 300명이 참석했다.", "축제는 양평군 군민들과 함께 열렸다."])
def test_a_county_named_before_its_residents_is_no_body(text):
    assert not organizations(text)


def test_a_name_with_its_spelling_in_parentheses_is_no_field_with_its_company():
    text = "지사는 도청에서 쩐 반 다(Tran Van Da) 베트남 박장성(Bac Giang) 인민위원장과 만났다."
    assert "Tran Van Da" not in organizations(text)


def test_a_title_and_its_holder_listed_after_a_body_are_no_body():
    text = "KF(Korea Foundation, 한국국제교류재단, 이사장 홍길동)는 협약을 맺었다."
    assert not [name for name in organizations(text) if "이사장" in name]


def test_a_news_bureau_in_a_byline_is_no_body():
    assert not organizations("[가나일보 호남취재본부 홍길동 기자] 가나군은 투자협약을 체결했다.").get("호남취재본부")


@pytest.mark.parametrize("text, name", [("장관은 OECD 사무국을 방문했다.", "OECD 사무국"), ("시장은 세계지방정부연합 세계사무국과 협약을 맺었다.", "세계지방정부연합 세계사무국")])
def test_an_organizations_secretariat_is_a_body(text, name):
    assert organizations(text).get(name) == "Organization"


@pytest.mark.parametrize("text, name", [("군은 다라마루영농조합법인과 투자협약을 맺었다.", "다라마루영농조합법인"), ("가나농업회사법인이 참여했다.", "가나농업회사법인")])
def test_farm_corporations_by_their_legal_form(text, name):
    assert organizations(text).get(name) == "Company"


def test_a_common_word_before_a_legal_form_names_no_company():
    assert not organizations("지역영농조합법인 지원사업을 추진한다.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("김다온 동서발전 사장은 간담회에 참석했다.", "한국동서발전"),  # a power company's short name, no ending of a body
        ("생기원은 다온테크와 기술협력 협약을 맺었다.", "한국생산기술연구원"),  # a research institute's 약칭
        ("한별시는 마사회와 협약을 체결했다.", "한국마사회"),
        ("지적공사는 측량 사업을 추진한다.", "대한지적공사"),  # a past name stays its own body
        ("전경련 회장단은 간담회를 열었다.", "전국경제인연합회"),
    ],
)
def test_a_public_institution_or_an_association_is_known_by_its_short_name(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("김 시장은 라온소재 대표와 면담했다.", "라온소재"),  # a proper noun with no ending of a body before a company head's title
        ("라온소재 대표는 증설 계획을 설명했다.", "라온소재"),
        ("김철수 라온소재 대표가 말했다.", "라온소재"),
    ],
)
def test_an_unknown_proper_noun_before_a_company_heads_title_is_the_company(text, name):
    assert organizations(text).get(name) == "Company"


def test_a_leading_title_word_before_a_noun_names_no_company():
    assert "누리온" not in organizations("누리온 대표 소재기업 다온을 방문했다.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("독일 바이에른주 경제부 관계자들이 방한했다.", "바이에른주 경제부"),  # a state's ministry, named with its state
        ("김 지사는 중국 광둥성 상무청과 협약을 맺었다.", "광둥성 상무청"),
    ],
)
def test_a_body_of_a_region_abroad_is_named_with_its_region(text, name):
    assert organizations(text).get(name) == "GovernmentBody"


def test_a_city_government_after_its_province_stays_its_own():
    assert "웨이하이시" in organizations("중국 산둥성 웨이하이시 대표단이 누리시를 찾았다.")


def test_a_bare_daehak_after_a_word_names_no_university():
    assert not any(kind == "University" for kind in organizations("누리시는 한빛 대학 사업에 선정됐다.").values())


def test_a_university_named_long_and_short_is_one_body():
    from .made_up import extract

    result = extract("한빛대학교(총장 김도윤)는 3일 한빛대 본관에서 다온협회와 업무협약을 체결했다. 협약식에는 김도윤 한빛대 총장이 참석했다.")
    universities = [e for e in result.entities.values() if e.cls == "University"]
    assert len(universities) == 1
    assert {"한빛대학교", "한빛대"} <= {universities[0].name, *universities[0].aliases}
