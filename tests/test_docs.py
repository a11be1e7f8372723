"""The README tells the truth: its commands exist, its example outputs are what the seed gives."""

import re

from kg.cli import main

from .conftest import REPO, run

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_example_outputs_are_current(built):
    for name in ("attendees", "mous", "investments", "officials", "plans"):
        block = re.search(r"`kg query --example %s`[^\n]*\n(?:[^\n]*\n)*?```\n(.*?)\n```" % name, README, re.S)
        assert block, name
        output = run("query", "--example", name, "-o", str(built)).output.rstrip("\n")
        assert block.group(1) == output, f"README output of --example {name} is stale"


def test_readme_names_every_command():
    for name in main.commands:
        assert f"`kg {name}" in README, name


def test_ci_runs_the_readme_test_command():
    command = "pip install -e '.[test]' && pytest"
    assert command in README
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
