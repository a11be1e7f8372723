"""Scoring a graph against gold annotations (shared/eval/FORMAT.md)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, Literal, Namespace

from kg.errors import GoldError
from kg.evaluate import PK, SCHEMA, STATUSES, Tally, aggregate, load_gold, score

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
SEED_GOLD = Path(__file__).resolve().parents[2] / "shared/eval/gold/000_87fa020e784ef6d5.yaml"
needs_seed = pytest.mark.skipif(not SEED_GOLD.exists(), reason=f"no seed gold at {SEED_GOLD}")
ID = Namespace("https://w3id.org/policy-kg/id/")

PREFIXES = """
@prefix : <https://w3id.org/policy-kg/id/> .
@prefix pk: <https://w3id.org/policy-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

# What a perfect extractor builds from the article behind small.yml.
PERFECT = """
:doc a pk:Document .
:ev1 a pk:Evidence ; pk:text "중기부는 보스턴에서 투자유치 상담회를 열었다." .
:mss a pk:GovernmentBody ; rdfs:label "중소벤처기업부"@ko ; skos:altLabel "중기부"@ko .
:acme a pk:Company ; rdfs:label "Acme"@en .
:vc a pk:Investor ; rdfs:label "스톤벤처스"@ko .
:paper a pk:MediaOutlet ; rdfs:label "데일리연합"@ko .
:vcs a pk:Group ; rdfs:label "38개 VC"@ko ; pk:memberCount 38 .
:boston a pk:Place ; rdfs:label "보스턴"@ko .
:lee a pk:Person ; rdfs:label "이영"@ko .
:ir a pk:Meeting ; rdfs:label "투자유치 상담회"@ko ; prov:wasDerivedFrom :ev1 ;
    pk:status pk:Completed ; pk:date "--04-28"^^xsd:gMonthDay .
:mou a pk:AgreementSigning ; rdfs:label "업무협약"@ko ; pk:party :mss, :acme ;
    pk:status pk:Completed ; pk:date "---26"^^xsd:gDay .
:talks a pk:Investment ; rdfs:label "투자유치 논의"@ko ; pk:investor :vc ; pk:investee :acme ;
    pk:status pk:InProgress ; pk:amount [ schema:value "84500000000"^^xsd:decimal ; schema:currency "KRW" ] .

:mss pk:organized :ir .
:lee pk:affiliatedWith :mss ; pk:attended :ir .
:acme pk:attended :ir .
:vcs pk:attended :ir .
:vc pk:memberOf :vcs .
:ir pk:heldIn :boston .
:acme pk:signedMOUWith :mss .
"""


def graph(extra: str = "", base: str = PERFECT) -> rdflib.Graph:
    return rdflib.Graph().parse(data=PREFIXES + base + extra, format="turtle")


@pytest.fixture(scope="module")
def gold():
    return load_gold(FIXTURES / "small.yml")


def test_perfect_graph_scores_one(gold):
    s = score(gold, graph())
    assert (s.entity_total.f1, s.relation_total.f1) == (1.0, 1.0)
    assert s.violations == () and s.kind_errors == ()
    assert all(c.ok for c in s.attributes) and len(s.attributes) == 6


def test_dataset_is_scored_as_the_union_of_its_named_graphs(gold):
    ds = rdflib.Dataset()
    for i, triple in enumerate(sorted(graph())):
        ds.graph(ID[f"doc{i % 2}"]).add(triple)
    s = score(gold, ds)
    assert (s.entity_total.f1, s.relation_total.f1) == (1.0, 1.0)


def test_second_node_for_an_entity_is_a_false_positive(gold):
    s = score(gold, graph(':acme2 a pk:Company ; rdfs:label "에이크미"@ko .'))
    org = s.entities["Organization"]
    assert (org.correct, org.predicted, org.found, org.gold) == (4, 5, 4, 4)
    assert [i.node for i in s.false_entities] == [str(ID.acme2)]


def test_duplicate_node_edges_are_false_relations(gold):
    s = score(gold, graph(':acme2 a pk:Company ; rdfs:label "에이크미"@ko . :acme2 pk:attended :ir .'))
    assert s.relations["attended"].correct == 3 and s.relations["attended"].predicted == 4


def test_node_labelled_only_with_optional_names_is_left_out(gold):
    s = score(gold, graph(':experts a pk:Group ; rdfs:label "한미 클러스터 전문가"@ko . '
                          ':experts pk:attended :ir .'))
    assert s.entity_total.precision == 1.0 and s.relation_total.precision == 1.0
    assert s.optional_ignored == ("한미 클러스터 전문가",)


def test_names_match_after_normalization(gold):
    base = PERFECT.replace('rdfs:label "38개 VC"', 'rdfs:label "３８개VC."')
    assert score(gold, graph(base=base)).matches["vcs"] == str(ID.vcs)


@pytest.mark.parametrize("kind", ["pk:Investor", "pk:Organization", "pk:Group"])
def test_wrong_kind_is_listed_apart_but_matched(gold, kind):
    s = score(gold, graph(base=PERFECT.replace(":acme a pk:Company", f":acme a {kind}")))
    assert s.matches["acme"] == str(ID.acme)
    assert s.missed_entities == ()
    assert len(s.kind_errors) == 1 and "gold Company" in s.kind_errors[0].what
    assert s.relation_total.f1 == 1.0


def test_event_of_another_kind_is_a_kind_error(gold):
    s = score(gold, graph(base=PERFECT.replace(":mou a pk:AgreementSigning", ":mou a pk:Meeting")))
    assert s.matches["mou"] == str(ID.mou)
    assert [i.what for i in s.kind_errors] == ["mou (업무협약): gold AgreementSigning, graph Meeting"]


def test_person_is_not_matched_with_a_place(gold):
    s = score(gold, graph(base=PERFECT.replace(":boston a pk:Place", ":boston a pk:Person")))
    assert "boston" not in s.matches and s.relations["heldIn"].found == 0


def test_unnamed_event_aligns_by_containing_the_gold_name(gold):
    base = PERFECT.replace('rdfs:label "업무협약"', 'rdfs:label "Acme와 중기부 업무협약 체결"')
    s = score(gold, graph(base=base))
    assert s.matches["mou"] == str(ID.mou) and s.entity_total.f1 == 1.0


def test_investment_node_finds_invested_relation(gold):
    s = score(gold, graph())
    assert (s.relations["invested"].found, s.relations["invested"].predicted) == (1, 0)
    without = PERFECT.replace("pk:investor :vc ; pk:investee :acme ;", "")
    assert score(gold, graph(base=without)).relations["invested"].found == 0


def test_agreement_signing_parties_find_signed_mou(gold):
    s = score(gold, graph(base=PERFECT.replace(":acme pk:signedMOUWith :mss .", "")))
    assert s.relations["signedMOUWith"].found == 1


def test_direct_invested_edge_on_must_not_assert_is_a_violation(gold):
    s = score(gold, graph("""
        :vc pk:invested :acme .
        :st a rdf:Statement ; rdf:subject :vc ; rdf:predicate pk:invested ; rdf:object :acme ;
            prov:wasDerivedFrom :ev2 .
        :ev2 a pk:Evidence ; pk:text "스톤벤처스와 투자유치 논의가 진행되고 있다." ."""))
    invested = s.relations["invested"]
    assert (invested.predicted, invested.correct, invested.found) == (1, 0, 1)
    assert len(s.violations) == 1
    text = aggregate([s]).format_text()
    assert "스톤벤처스 -invested-> Acme" in text
    assert "스톤벤처스와 투자유치 논의가 진행되고 있다." in text


def test_completed_investment_node_on_must_not_assert_is_a_violation(gold):
    s = score(gold, graph(base=PERFECT.replace("pk:InProgress", "pk:Completed")))
    assert len(s.violations) == 1 and s.relations["invested"].found == 0
    assert not next(c for c in s.attributes if c.attribute == "status" and c.entity == "talks").ok


def test_must_not_assert_without_status(gold):
    s = score(gold, graph(":paper pk:attended :ir ."))
    attended = s.relations["attended"]
    assert len(s.violations) == 1 and (attended.correct, attended.predicted) == (3, 4)


def test_page_furniture_label_is_a_violation(gold):
    s = score(gold, graph(':w a pk:Place ; rdfs:label "맑음 서울"@ko .'))
    assert [v.node for v in s.violations] == [str(ID.w)]
    assert s.entities["Place"].predicted == 2


@pytest.mark.parametrize("date, inferred, ok", [
    ('"--04-28"^^xsd:gMonthDay', False, True),
    ('"2023-04-28"^^xsd:date', True, True),
    ('"2023-04-28"^^xsd:date', False, False),
    ('"2023-04-29"^^xsd:date', True, False),
])
def test_month_day_matches_full_date_only_when_year_inferred(gold, date, inferred, ok):
    extra = "; pk:dateInferred true" if inferred else ""
    base = PERFECT.replace('"--04-28"^^xsd:gMonthDay', date + extra)
    check = next(c for c in score(gold, graph(base=base)).attributes if c.entity == "ir" and c.attribute == "date")
    assert check.ok is ok


def test_day_matches_date_whose_month_was_inferred(gold):
    base = PERFECT.replace('"---26"^^xsd:gDay', '"2023-04-26"^^xsd:date ; pk:dateInferred true')
    assert all(c.ok for c in score(gold, graph(base=base)).attributes)


@pytest.mark.parametrize("date, ok", [('"2019-11"^^xsd:gYearMonth', True), ('"2019-11-05"^^xsd:date', False)])
def test_month_alone_matches_year_month_with_inferred_year(tmp_path, date, ok):
    path = tmp_path / "month.yaml"
    path.write_text('entities: {summit: {type: Event, names: [특별정상회의], date: "--11"}}\n', encoding="utf-8")
    s = score(load_gold(path), graph(base=f':s a pk:Event ; rdfs:label "특별정상회의" ; '
                                          f'pk:date {date} ; pk:dateInferred true .'))
    assert s.attributes[0].ok is ok


def test_report_is_json_and_ends_with_a_summary(gold):
    report = aggregate([score(gold, graph()), score(gold, rdflib.Graph())])
    json.dumps(report.to_dict())
    assert report.entity_total.recall == 0.5
    last = report.format_text().splitlines()[-1]
    assert last.startswith("entities P=1.00 R=0.50 F1=0.67 | relations P=1.00 R=0.50")
    assert last.endswith("violations: 0")


@pytest.mark.parametrize("tally, shown", [
    (Tally(predicted=0, correct=0, gold=1, found=1), ("-", "1.00", "-")),
    (Tally(predicted=2, correct=1, gold=0, found=0), ("0.50", "-", "-")),
    (Tally(), ("-", "-", "-")),
    (Tally(predicted=2, correct=1, gold=4, found=1), ("0.50", "0.25", "0.33")),
])
def test_an_empty_denominator_is_shown_as_a_dash_not_a_contradiction(tally, shown):
    assert tally.shown() == shown
    assert "0/0" not in "".join(shown)


@pytest.mark.parametrize("text, problem", [
    ("entities: {a: {type: Person, names: [x]}\n", "invalid YAML"),
    ("- just a list\n", "mapping"),
    ("entities: {a: {type: Persn, names: [x]}}\n", "type: 'Persn' is not one of"),
    ("entities: {a: {type: Person, names: []}}\n", "names"),
    ("entities: {a: {type: Person, names: [x]}}\nrelations: [[a, knows, a]]\n", "relation: 'knows' is not one of"),
    ("entities: {a: {type: Person, names: [x]}}\nrelations: [[a, attended, b]]\n", "unknown entity key 'b'"),
    ("entities: {a: {type: Event, names: [x], date: 'April'}}\n", "bad date"),
    ("entities: {a: {type: Event, names: [x], stauts: planned}}\n", "unknown fields"),
])
def test_malformed_gold_names_the_file_and_the_problem(tmp_path, text, problem):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GoldError, match=problem) as err:
        load_gold(path)
    assert str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value)


@needs_seed
def test_seed_gold_against_an_empty_graph():
    s = score(load_gold(SEED_GOLD), rdflib.Graph())
    assert s.entity_total.recall == 0.0 and s.relation_total.recall == 0.0
    assert aggregate([s]).format_text().splitlines()[-1].startswith("entities P=- R=0.00 F1=- |")


def graph_from_gold(gold) -> rdflib.Graph:
    """One node per gold entity, every relation a direct edge; talks under way as a pk:Investment."""
    g = rdflib.Graph()
    node = {k: ID[k] for k in gold.entities}
    xsd = rdflib.XSD
    datatypes = {4: xsd.gYear, 7: xsd.gYearMonth, 10: xsd.date}
    for k, e in gold.entities.items():
        g.add((node[k], RDF.type, PK[e.type]))
        for name in e.names:
            g.add((node[k], RDFS.label, Literal(name, lang="ko")))
        if e.status:
            g.add((node[k], PK.status, STATUSES[e.status]))
        if e.date:
            datatype = xsd.gDay if e.date.startswith("---") else xsd.gMonthDay if e.date.startswith("--") \
                else datatypes[len(e.date)]
            g.add((node[k], PK.date, Literal(e.date, datatype=datatype)))
        if e.amount:
            amount = rdflib.BNode()
            g.add((node[k], PK.amount, amount))
            g.add((amount, SCHEMA.value, Literal(e.amount.value)))
    talks = [k for k, e in gold.entities.items() if e.type == "Investment" and e.status == "in-progress"]
    for s, r, o in gold.relations:
        if r == "invested":
            g.add((node[talks[0]], PK.investor, node[s]))
            g.add((node[talks[0]], PK.investee, node[o]))
        else:
            g.add((node[s], PK[r], node[o]))
    return g


@needs_seed
def test_seed_gold_agrees_with_a_graph_built_from_it():
    gold = load_gold(SEED_GOLD)
    s = score(gold, graph_from_gold(gold))
    assert s.entity_total.f1 == 1.0 and s.relation_total.f1 == 1.0
    assert s.violations == () and s.kind_errors == ()
    assert s.attributes and all(c.ok for c in s.attributes)


def test_mean_f1_weighs_every_file_the_same(gold):
    report = aggregate([score(gold, graph()), score(gold, rdflib.Graph())])
    assert report.mean_f1 == (0.5, 0.5)
    assert "mean over files: entity F1=0.50 relation F1=0.50" in report.format_text()


def test_author_may_be_a_list_of_keys(tmp_path):
    path = tmp_path / "two.yaml"
    path.write_text("documents:\n  main: {title: t, author: [a, b]}\n"
                    "entities:\n  a: {type: Person, names: [김철수]}\n  b: {type: Person, names: [이영희]}\n",
                    encoding="utf-8")
    assert set(load_gold(path).entities) == {"a", "b"}
    path.write_text("documents:\n  main: {title: t, author: [a, c]}\nentities:\n  a: {type: Person, names: [김철수]}\n",
                    encoding="utf-8")
    with pytest.raises(GoldError, match="unknown entity key 'c'"):
        load_gold(path)
