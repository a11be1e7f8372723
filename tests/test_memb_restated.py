"""A count of firms restated by a sentence naming as many firms (kg/extract/members.py), and a group's investment
shared by its firms (kg/extract/investments.py)."""

from pathlib import Path

import pytest

from kg.extract import extract_article
from kg.lexicon import load_lexicon
from kg.types import Article

LEXICON = load_lexicon()


def extract(text: str):
    return extract_article(Article(source=Path("example.txt"), index=0, title=None, text=text), LEXICON)


def related(result, predicate: str) -> set[tuple[str, str]]:
    label = {k: e.name for k, e in result.entities.items()}
    return {(label[r.subject], label[r.object]) for r in result.relations if r.predicate == predicate}


def invested(result) -> set[tuple[str, str]]:
    """Investor and investee of each investment, as the scorer aligns them."""
    label = {k: e.name for k, e in result.entities.items()}
    sides: dict[str, tuple[set[str], set[str]]] = {}
    for r in result.relations:
        if r.predicate in {"investor", "investee"}:
            sides.setdefault(r.subject, (set(), set()))[r.predicate == "investee"].add(label[r.object])
    return {(a, b) for investors, investees in sides.values() for a in investors for b in investees}


FIRMS = {"가람정밀", "나래소재", "다온식품"}
NAMED_FIRST = ("가나군은 24일 군청에서 ㈜가람정밀 등 3개사와 투자협약을 체결했다.\n"
               "㈜가람정밀은 자동차 부품, ㈜나래소재는 포장재, ㈜다온식품은 육가공 제품을 만드는 업체로 "
               "가나산업단지에 각각 공장을 짓는다.")
GUESTS_AFTER = ("가나군은 오는 18일 군청 회의실에서 가나산업단지에 입주하는 3개 기업과 투자협약을 체결한다고 17일 밝혔다.\n"
                "협약식에는 박가온 군수를 비롯해 ㈜가람정밀(대표 김나리), ㈜나래소재(대표 이다솜), "
                "㈜다온식품(대표 최보람) 등이 참석한다.\n"
                "이날 협약을 통해 3개 기업은 가나산업단지에 모두 120억원을 투자해 생산라인을 갖춘다.")


@pytest.mark.parametrize(
    "text, group",
    [
        # 'A 등 3개사': one member named before the count, all three in a later sentence that names A too
        (NAMED_FIRST, "3개사"),
        # no list before the count; the sentence of the signing's guests names as many firms
        (GUESTS_AFTER, "3개 기업"),
    ],
)
def test_counted_firms_restated_by_a_list(text, group):
    assert {(firm, group) for firm in FIRMS} <= related(extract(text), "memberOf")


def test_a_sentence_of_other_firms_is_no_restatement():
    text = ("가나군은 2개 기업과 투자협약을 체결했다.\n"
            "이 자리에는 ㈜가람정밀, ㈜나래소재, ㈜다온식품 대표가 참석했다.")
    assert not {firm for firm, whole in related(extract(text), "memberOf") if whole == "2개 기업"}


@pytest.mark.parametrize("text", [NAMED_FIRST, GUESTS_AFTER])
def test_each_firm_of_a_group_invests_in_the_county(text):
    assert {(firm, "가나군") for firm in FIRMS} <= invested(extract(text))


CENTERS = ("누리공단은 지역 창업지원센터 3개소와 협의체를 출범했다고 밝혔다.\n"
           "지역 창업지원센터 3개소는 가나대학교 충북창업지원센터(센터장 김가온), 다라대학교 전남창업지원센터(센터장 이나래), "
           "마바대학교 경북창업지원센터(센터장 박다솜)로 구성됐다.")


def test_a_count_of_sites_is_a_group_made_of_the_bodies_named_by_its_noun():
    members = {m for m, whole in related(extract(CENTERS), "memberOf") if whole == "지역 창업지원센터 3개소"}
    assert members == {"충북창업지원센터", "전남창업지원센터", "경북창업지원센터"}


@pytest.mark.parametrize(
    "text",
    [
        "김가온 전주시장과 박다라 전주시의회 의장, 유관기관 관계자 등으로 구성된 이번 방문단의 일본 방문은 교류 10주년을 기념하기 위한 것이다.",
        "김가온 전주시장과 박다라 전주시의회 의장 등으로 구성된 방문단은 10일 일본을 방문했다.",
    ],
)
def test_the_body_of_a_member_s_post_is_no_member(text):
    members = {m for m, whole in related(extract(text), "memberOf") if whole == "방문단"}
    assert {"김가온", "박다라"} <= members and not members & {"전주시의회", "전주시"}
