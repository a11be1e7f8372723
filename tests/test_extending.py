"""The README's way to extend the extractor: a lexicon row and a frame row in a folder of one's own."""

import pytest

from .conftest import run
from .made_up import own_folder

ORGANIZATION_ROW = "gbtp\tOrganization\t경북테크노파크\tGyeongbuk Technopark\t경북TP\t원장\n"
FRAME_ROW = "조인\tsign\tAgreementSigning\tactive\tno\t-\t-\n"
SIGNINGS = "SELECT ?b WHERE { ?x pk:signedMOUWith ?y . ?x rdfs:label ?a . ?y rdfs:label ?b FILTER(?a = '경북테크노파크'@ko) }"


def test_a_new_agency_and_a_new_verb_are_one_row_each(tmp_path):
    own = tmp_path / "lexicon"
    own.mkdir()
    (own / "organizations.tsv").write_text("id\tkind\tko\ten\taliases\thead\n" + ORGANIZATION_ROW, encoding="utf-8")
    (own / "frames.tsv").write_text("predicate\tframe\tevent_class\tvoice\tnoun\tnamed_by\tsets_status\n" + FRAME_ROW,
                                    encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("경북테크노파크는 15일 포항시와 업무협약을 조인했다.\n", encoding="utf-8")
    built = run("build", str(tmp_path / "articles"), "-o", str(tmp_path / "out"), "--lexicon", str(own), "--no-progress")
    assert built.exit_code == 0, built.output
    result = run("query", SIGNINGS, "-o", str(tmp_path / "out"), "--format", "csv")
    assert "포항시" in result.output


def test_the_readme_shows_these_rows():
    from .conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ORGANIZATION_ROW in readme and FRAME_ROW in readme


def test_a_world_citys_government_takes_the_heads_of_its_ending(tmp_path):
    """org_suffixes.tsv's governs column names a world city's government ('가나다시') and gives its heads."""
    from kg.lexicon import load_lexicon

    own = own_folder(tmp_path, {
        "org_suffixes.tsv": "suffix\tkind\thead\tgoverns\n시\tGovernmentBody\t시장|부시장|행정부시장\tcity\n",
        "world_cities.tsv": "id\tkind\tko\ten\taliases\tcountry\nganada\tcity\t가나다\tGanada\t\tperu\n",
    })
    body = next(o for o in load_lexicon([own]).organizations if o.id == "ganada")
    assert (body.ko, body.kind) == ("가나다시", "GovernmentBody")
    assert "행정부시장" in body.heads


def test_a_users_office_noun_names_a_posts_office(tmp_path):
    """premises.tsv kind office: a post's title with the noun after a person's name is that person's office."""
    from kg.extract.mentions import MentionFinder
    from kg.lexicon import load_lexicon
    from kg.morph import split_sentences

    own = own_folder(tmp_path, {"premises.tsv": "noun\tkind\n사무소\toffice\n"})
    lexicon = load_lexicon([own])
    finder = MentionFinder(lexicon)
    for sentence in split_sentences("부는 4일 홍길동 국회의원사무소와 합동으로 토론회를 열었다.", lexicon):
        found = {m.text: m for m in finder.find(sentence)}
        assert found["홍길동 국회의원사무소"].cls == "GovernmentBody"
        assert found["홍길동"].affiliation is found["홍길동 국회의원사무소"]


def test_a_change_to_a_users_grammar_table_is_a_new_extractor_version(tmp_path):
    """A folder holding only a grammar table is read, and its bytes are part of the cache key."""
    from kg.cache import extractor_version
    from kg.lexicon import load_lexicon

    own = own_folder(tmp_path, {"premises.tsv": "noun\tkind\n사무소\toffice\n"})
    before = extractor_version(load_lexicon([own]).sources)
    (own / "premises.tsv").write_text("noun\tkind\n사무소\toffice\n연구실\toffice\n", encoding="utf-8")
    assert extractor_version(load_lexicon([own]).sources) != before


@pytest.mark.parametrize(
    "sentence, dates_the_report",
    [
        ("가나시는 내달 축제를 연다고 이날 밝혔다.", True),
        ("가나시는 이날 축제를 열었다고 밝혔다.", False),
        ("가나시는 축제를 열고 이날 다라시와 협약을 맺었다.", False),
    ],
)
def test_a_day_word_after_a_quotative_ending_dates_the_report(sentence, dates_the_report):
    """cues.tsv type quotative: '…연다고 이날 밝혔다' dates the announcement, not the festival."""
    from kg.extract.relations import _report_date
    from kg.lexicon import load_lexicon

    assert _report_date(sentence, "이날", tuple(load_lexicon().quotatives)) is dates_the_report
