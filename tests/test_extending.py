"""The README's way to extend the extractor: a lexicon row and a frame row in a folder of one's own."""

from .conftest import run

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
