"""Extraction quality holds its line: the seed and the development set against their gold."""

from pathlib import Path

from kg.pipeline import evaluate_gold

from .conftest import REPO, SHARED, run

SEED_GOLD = SHARED / "eval" / "gold" / "000_87fa020e784ef6d5.yaml"
DEV_GOLD = sorted((REPO / "tests" / "gold").glob("*.yaml"))


def test_seed_meets_its_targets():
    """Targets 0.95 / 0.85; held near what this version measures (1.00 / 0.98)."""
    report = evaluate_gold([SEED_GOLD])
    assert report.entity_total.f1 >= 0.98
    assert report.relation_total.f1 >= 0.95
    assert report.violation_count == 0


def test_development_set_meets_the_unseen_targets():
    """Targets for unseen articles 0.85 / 0.65; held near what this version measures (0.96 / 0.93)."""
    assert len(DEV_GOLD) == 6
    report = evaluate_gold(DEV_GOLD)
    assert report.entity_total.f1 >= 0.94
    assert report.relation_total.f1 >= 0.92
    assert report.violation_count == 0


def _dev_set_split():
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_sets", REPO / "bench" / "score_sets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sets(), module.DEV_CORPUS


def test_d07_to_d51_and_its_held_out_fifth_hold_their_floors():
    """Held a little under what this version measures (mean over files: rule-writing part 0.92 / 0.81, held-out 0.78 / 0.64).

    The targets are 0.90 / 0.75 (d07-d51) and 0.85 / 0.65 (unseen): not met yet; these floors keep what is won."""
    sets, corpus = _dev_set_split()
    assert len(sets["train"]) == 36 and len(sets["held-out"]) == 9
    train = evaluate_gold(sets["train"], [corpus])
    held_out = evaluate_gold(sets["held-out"], [corpus])
    assert train.mean_f1[0] >= 0.91 and train.mean_f1[1] >= 0.79
    assert held_out.mean_f1[0] >= 0.77 and held_out.mean_f1[1] >= 0.63
    assert train.violation_count == 0


def test_eval_command_floors_and_json(tmp_path):
    target = tmp_path / "report.json"
    result = run("eval", str(SEED_GOLD), "--json", str(target), "--min-entity-f1", "0.95", "--min-relation-f1", "0.85")
    assert result.exit_code == 0, result.output
    assert result.output.rstrip().splitlines()[-1].startswith("entities P=")
    assert target.read_text(encoding="utf-8").lstrip().startswith("{")
    too_high = run("eval", str(SEED_GOLD), "--quiet", "--min-relation-f1", "1.01")
    assert too_high.exit_code == 1 and "below the floor" in too_high.output


def test_eval_reports_a_missing_article(tmp_path):
    gold = tmp_path / "nowhere.yaml"
    gold.write_text("entities:\n  x: {doc: main, type: Place, names: [보스턴]}\nrelations: []\n", encoding="utf-8")
    result = run("eval", str(gold))
    assert result.exit_code == 1 and "no article nowhere.txt" in result.output


def test_malformed_gold_is_one_line(tmp_path):
    gold = tmp_path / "bad.yaml"
    gold.write_text("entities: [unclosed\n", encoding="utf-8")
    result = run("eval", str(gold))
    assert result.exit_code == 1 and str(gold) in result.output and "Traceback" not in result.output


def test_gold_files_never_copy_articles():
    assert not list((REPO / "tests").rglob("d0*.txt"))
    assert Path(SHARED / "corpus" / "dev").is_dir()


def test_an_article_with_no_readable_text_scores_as_empty(tmp_path):
    (tmp_path / "blank.txt").write_text("로그인 | 회원가입\n", encoding="utf-8")
    gold = tmp_path / "blank.yaml"
    gold.write_text("entities:\n  x: {doc: main, type: Place, names: [보스턴]}\nrelations: []\n", encoding="utf-8")
    report = evaluate_gold([gold], [tmp_path])
    assert report.entity_total.recall == 0.0 and report.mean_f1 == (0.0, 0.0)
