"""Anyone can submit an article: the whole command line, in every format, on hostile text and file
names — terminal escapes, Rich markup, spreadsheet formulas, bidi overrides — never fails inside,
never sends a control character, and never writes a CSV cell a spreadsheet would run."""

from __future__ import annotations

import contextlib
import csv
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import examples
from evcheck.cli import app
from evcheck.report import Format

runner = CliRunner()

ARTICLE = st.sampled_from([
    "Sales rose ", "25%", "14.6%", " to ", "2.593 million units", " from ", "2.262 million units", ". ", "\n",
    "116bn yuan", " ($16.2bn)", " ($18.2bn)", "Xiaomi", " in Q2 2025", "margin improved to 26.4% from 15.4%",
])
HOSTILE = st.sampled_from([
    "\x1b]0;pwned\x07", "\x1b[31m", "\x1b[2J", "\x1b]8;;http://evil.example\x1b\\", "\x9b31m", "\x7f", "\x08", "\r",
    "\t", "\x0b", "\u202e", "\u2028", "[bold]", "[/x]", "[link=http://evil.example]", "[/]", "=HYPERLINK(", "@SUM(",
    "+", "-", "=", "“", "”", "\x00",
])
TEXT = st.lists(st.one_of(ARTICLE, HOSTILE), min_size=1, max_size=25).map("".join)
# a file name: no "/" and no NUL, which no file system allows; anything else goes
NAME_CHARS = st.sampled_from(list("=+-@[]/x ab.") + ["\x1b", "\x07", "\t", "\x9b", "\u202e", "[link=a]", "[/x]", "\r"])
NAME = st.lists(NAME_CHARS, min_size=1, max_size=12).map(lambda cs: "".join(cs).replace("/", "_") + ".txt")

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMULA = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def no_formula_cells(text: str) -> None:
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(FORMULA) or NUMBER.fullmatch(cell), cell


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, NAME)
def test_every_format_survives_hostile_text_and_names(text, name):
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        Path(name).write_text(text, encoding="utf-8", newline="")
        for fmt in Format:
            r = runner.invoke(app, ["verify", "-f", fmt.value, "--date", "2025-08-19", "--", name])
            assert r.exit_code in (0, 1, 2), (fmt, r.output)
            assert r.exception is None or isinstance(r.exception, SystemExit), (fmt, repr(r.exception))
            assert "internal error" not in r.stderr
            if r.exit_code == 2:  # an input error (empty, binary): one line naming the file
                assert len(r.stderr.strip().splitlines()) == 1, r.stderr
            for stream in (r.stdout, r.stderr):
                assert not CONTROL.search(stream), (fmt, stream)
            if fmt is Format.csv:
                no_formula_cells(r.stdout)
        r = runner.invoke(app, ["figures", "-f", "csv", "--", name])
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert not CONTROL.search(r.stdout)
        no_formula_cells(r.stdout)


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(NAME, TEXT), min_size=1, max_size=4))
def test_scan_survives_hostile_ids_and_text(rows):
    import json

    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(folder):
        Path("c.jsonl").write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in rows))
        r = runner.invoke(app, ["scan", "c.jsonl", "-j", "1", "--all"])
        assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
        assert "internal error" not in r.stderr
        assert not CONTROL.search(r.stdout) and not CONTROL.search(r.stderr)
        no_formula_cells(r.stdout)
