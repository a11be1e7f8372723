"""The `kg` command's entry point: `kg query` with plain options runs without importing click.

A query is often one call in a loop or a script, where start-up is most of its cost; click
alone takes longer to import than a selective query on a million triples takes to answer. So
`kg query QUERY [-o DIR] [--format F] [--store S] [--timeout N] [--max-rows N] [--endpoint URL]
[--example NAME]` is read here, with the same meaning and messages as kg.cli's `query`; anything
else (help, --list-examples, an unknown or repeated option, a value click would refuse) goes to
click, which prints what it always prints. Both paths share `answer_query` below.
"""

from __future__ import annotations

import sys

from .errors import KgError

# Options of `kg query` taking a value, by every spelling click accepts here, and the keyword they fill.
VALUE_OPTIONS = {
    "-o": "out_dir", "--out": "out_dir", "--example": "example_name", "--format": "output",
    "--endpoint": "endpoint", "--store": "backend", "--timeout": "time_limit", "--max-rows": "max_rows",
}
CHOICES = {"output": ("table", "csv", "tsv", "json"), "backend": ("oxigraph", "memory")}
DEFAULTS = {"out_dir": "out", "example_name": None, "output": "table", "endpoint": None, "backend": "oxigraph",
            "time_limit": 60.0, "max_rows": 100_000}


def main() -> int | None:
    """`kg`: the fast path for a plain `kg query`, click for everything else."""
    options = plain_query_options(sys.argv[1:])
    if options is None:
        from .cli import main as click_main

        return click_main()
    return run_plain_query(options)


def plain_query_options(args: list[str]) -> dict | None:
    """`kg query`'s keywords when args are a query with options spelled plainly, else None (click decides)."""
    if not args or args[0] != "query":
        return None
    found: dict = {}
    query = None
    rest = iter(args[1:])
    for arg in rest:
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in VALUE_OPTIONS:
            if not equals:
                value = next(rest, None)
                if value is None:
                    return None
            keyword = VALUE_OPTIONS[name]
            if keyword in found or not value or value.startswith("-"):
                return None
            found[keyword] = value
        elif arg.startswith("-") or query is not None or not arg:
            return None
        else:
            query = arg
    if query is None and "example_name" not in found:
        return None
    options = {**DEFAULTS, **found, "query": query}
    for keyword, allowed in CHOICES.items():
        if options[keyword] not in allowed:
            return None
    try:
        options["time_limit"] = float(options["time_limit"])
        options["max_rows"] = int(options["max_rows"])
    except ValueError:
        return None
    if not (0 <= options["time_limit"] < float("inf")) or options["max_rows"] < 1:
        return None
    from pathlib import Path

    options["out_dir"] = Path(options["out_dir"])
    return options


def run_plain_query(options: dict) -> int:
    """Run `kg query` as click would: errors as one 'Error: ...' line on stderr and exit 1."""
    try:
        try:
            hint = answer_query(**options)
        except KgError as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            sys.stderr.write(f"Error: {message}\n")
            return 1
    except KeyboardInterrupt:
        sys.stderr.write("\nAborted!\n")
        return 1
    if hint:
        sys.stderr.write(hint + "\n")
    return 0


def answer_query(query, out_dir, example_name, output, endpoint, backend, time_limit, max_rows) -> str | None:
    """`kg query`'s work once its options are read: run the query, stream the result to stdout; the hint to print, if any."""
    import importlib

    queries = importlib.import_module("kg.query")  # the module: kg.query as an attribute is the API function

    text = queries.example(example_name).text if example_name else queries.read_query(query)
    try:
        with time_limit_of(time_limit):
            stdout = binary_stdout()
            outcome = queries.write_query(out_dir, text, stdout, output, endpoint=endpoint,
                                          backend=backend, max_rows=max_rows, timeout=time_limit or None)
            stdout.flush()
    except BrokenPipeError:
        quiet_broken_pipe()
    return outcome.hint


class time_limit_of:
    """Stop the whole process past `seconds` (0: never): a query runs inside Oxigraph, which no signal can interrupt."""

    def __init__(self, seconds: float):
        self.seconds, self.timer = seconds, None

    def __enter__(self):
        if self.seconds:
            import threading

            self.timer = threading.Timer(self.seconds, self.expire)
            self.timer.daemon = True
            self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.timer is not None:
            self.timer.cancel()

    def expire(self) -> None:
        import os

        sys.stderr.write(f"Error: the query ran past --timeout {self.seconds:g} s and was stopped; add LIMIT, narrow it, or raise --timeout\n")
        sys.stderr.flush()
        os._exit(1)


def binary_stdout():
    """Standard output for bytes: results are written as they come, not gathered into one string."""
    sys.stdout.flush()
    return sys.stdout.buffer


def quiet_broken_pipe() -> None:
    """The reader of our output went away (kg query ... | head): stop without a traceback."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(1)


if __name__ == "__main__":
    sys.exit(main())
