"""`kg query` without click: the entry point reads plain options itself and prints what click would."""

import subprocess
import sys

import pytest

from kg.entry import plain_query_options

from .conftest import REPO


def kg(*args: str, entry: str = "kg.entry") -> subprocess.CompletedProcess:
    """The kg command as a process: kg.entry is the installed script's entry point, kg.cli click's group alone."""
    return subprocess.run([sys.executable, "-m", entry, *args], cwd=REPO, capture_output=True, timeout=120)


@pytest.mark.parametrize("args, expected", [
    (["query", "ASK {}"], {"query": "ASK {}", "output": "table", "backend": "oxigraph", "time_limit": 60.0, "max_rows": 100_000}),
    (["query", "-o", "built", "--format", "csv", "ASK {}"], {"output": "csv"}),
    (["query", "ASK {}", "--out=built", "--format=json", "--timeout", "0", "--max-rows", "5"], {"output": "json", "time_limit": 0.0, "max_rows": 5}),
    (["query", "--example", "officials", "--store", "memory"], {"query": None, "example_name": "officials", "backend": "memory"}),
])
def test_plain_options_are_read_without_click(args, expected):
    options = plain_query_options(args)
    assert options is not None and expected.items() <= options.items()


@pytest.mark.parametrize("args", [
    ["build"], ["--version"], ["query"], ["query", "--help"], ["query", "-h", "ASK {}"], ["query", "--list-examples"],
    ["query", "ASK {}", "ASK {}"], ["query", "ASK {}", "--format", "xml"], ["query", "ASK {}", "--format"],
    ["query", "ASK {}", "--timeout", "-1"], ["query", "ASK {}", "--timeout", "nan"], ["query", "ASK {}", "--max-rows", "0"],
    ["query", "ASK {}", "--max-rows", "many"], ["query", "ASK {}", "-o", "a", "-o", "b"], ["query", "ASK {}", "-oout"],
    ["query", "ASK {}", "--unknown"], ["query", "--", "ASK {}"], ["query", ""], ["query", "ASK {}", "--store", "Oxigraph"],
])
def test_anything_unusual_goes_to_click(args):
    assert plain_query_options(args) is None


@pytest.mark.parametrize("args", [
    ("query", "SELECT ?who WHERE { ?who pk:signedMOUWith ?x }"),
    ("query", "--example", "officials", "--format", "csv"),
    ("query", "ASK { ?s ?p ?o }", "--format", "json"),
    ("query", "SELECT ?x WHERE { ?x rdfs:label \"없는 이름\" }"),
    ("query", "SELECT ?x WHERE { ?x nope:thing ?y }"),
    ("query", "--example", "no-such-example"),
])
def test_same_output_and_exit_as_click(built, args):
    fast, click = kg(*args, "-o", str(built)), kg(*args, "-o", str(built), entry="kg.cli")
    assert (fast.returncode, fast.stdout, fast.stderr) == (click.returncode, click.stdout, click.stderr)


def test_missing_graph_is_the_same_one_line(tmp_path):
    fast, click = kg("query", "ASK {}", "-o", str(tmp_path)), kg("query", "ASK {}", "-o", str(tmp_path), entry="kg.cli")
    assert fast.returncode == click.returncode == 1
    assert fast.stderr == click.stderr and fast.stderr.startswith(b"Error: ") and fast.stderr.count(b"\n") == 1


def test_help_still_comes_from_click():
    fast, click = kg("query", "--help"), kg("query", "--help", entry="kg.cli")
    assert fast.returncode == 0 and b"--max-rows" in fast.stdout
    assert fast.stdout.replace(b"kg.entry", b"kg.cli") == click.stdout  # the usage line names the program run


def test_a_plain_query_imports_neither_click_nor_rdflib(built):
    code = ("import sys; sys.argv = ['kg', 'query', 'ASK {}', '-o', %r]\n"
            "from kg.entry import main\nmain()\n"
            "print(sorted(m for m in ('click', 'rdflib', 'dataclasses', 'typing') if m in sys.modules))") % str(built)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
