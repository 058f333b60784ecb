"""Each output format against one shared result (planted errors plus a clean article)."""

import csv
import io
import json

import pytest

from conftest import ARTICLES, SEEDS
from evcheck.pipeline import verify
from evcheck.read import read_document
from evcheck.report import Format, renderer


@pytest.fixture(scope="module")
def result():
    docs = [read_document(str(ARTICLES / "planted-errors.txt")), read_document(str(SEEDS / "caam-july-2025-newswire.txt"))]
    return verify(docs)


def test_rich_groups_by_file_with_mismatches_first(result):
    text = renderer(Format.rich).render(result, width=160)
    planted = text[: text.index("caam-july-2025-newswire")]
    assert planted.index("error") < planted.index("warning")
    assert "3:20" in planted and "does not add up" in planted
    assert text.rstrip().splitlines()[-1].startswith("2 file(s)") and "8 error(s)" in text


def test_concise_is_one_finding_a_line(result):
    lines = renderer(Format.concise).render(result).splitlines()
    assert len(lines) == 10 and lines[-1].startswith("2 file(s)")
    assert all(":" in line and "[" in line for line in lines[:-1])


def test_json_numbers_and_nulls(result):
    data = json.loads(renderer(Format.json).render(result))
    checks = [c for f in data["files"] for c in f["checks"]]
    assert all(isinstance(c["stated"], (int, float)) for c in checks)
    at_most = [c for c in checks if c["expected_high"] is None]
    assert all(c["expected_low"] is not None or c["status"] == "info" for c in at_most)
    assert data["summary"]["errors"] == 8 and data["summary"]["warnings"] == 1


def test_csv_rows_are_the_mismatches_unless_all_asked(result):
    rows = list(csv.DictReader(io.StringIO(renderer(Format.csv).render(result, show_ok=False))))
    assert len(rows) == 9 and {r["status"] for r in rows} == {"mismatch"}
    every = list(csv.DictReader(io.StringIO(renderer(Format.csv).render(result))))
    assert len(every) == len(result.checks)


def test_github_escapes_what_it_must():
    from evcheck.report.github_format import _data, _prop

    assert _data("50%\nnext") == "50%25%0Anext"
    assert _prop("a,b:c") == "a%2Cb%3Ac"
