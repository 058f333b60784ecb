"""evcheck scan: corpora in several formats, several processes, one findings table."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from corpus import articles
from evcheck.cli import app
from evcheck.scan import read_corpus, scan

runner = CliRunner()
WRONG = "\n\nSales rose 25% to 2.593 million units from 2.262 million units a year earlier.\n"


@pytest.fixture
def corpus_rows():
    rows = [{"id": f"a{i}", "text": text, "date": "2025-08-19"} for i, text in enumerate(articles(60))]
    rows[7]["text"] += WRONG
    rows[42]["text"] += WRONG
    return rows


def test_jsonl_and_csv_give_the_same_findings(tmp_path, corpus_rows):
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows))
    csv = tmp_path / "c.csv"
    pd.DataFrame(corpus_rows).to_csv(csv, index=False)
    a = scan(read_corpus(str(jsonl)), jobs=1, batch_size=16)
    b = scan(read_corpus(str(csv)), jobs=1, batch_size=16)
    assert a["doc"].tolist() == b["doc"].tolist() == ["a7", "a42"]
    assert set(a["rule"]) == {"growth"}


def test_several_processes_match_one(tmp_path, corpus_rows):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows))
    docs = read_corpus(str(path))
    one = scan(docs, jobs=1, batch_size=10)
    two = scan(docs, jobs=2, batch_size=10)
    pd.testing.assert_frame_equal(one, two)


def test_all_checks_and_folder_corpus(tmp_path):
    for i, text in enumerate(articles(5)):
        (tmp_path / f"a{i}.txt").write_text(text)
    found = scan(read_corpus(str(tmp_path)), all_checks=True)
    assert len(found) > 5 and set(found["status"]) >= {"ok"}


def test_cli_scan_writes_a_table_and_fails_on_request(tmp_path, corpus_rows):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows))
    out = tmp_path / "findings.json"
    r = runner.invoke(app, ["scan", str(path), "-f", "json", "-o", str(out), "-j", "1"])
    assert r.exit_code == 0
    assert [row["doc"] for row in json.loads(out.read_text())] == ["a7", "a42"]
    assert runner.invoke(app, ["scan", str(path), "-j", "1", "--fail-on", "error"]).exit_code == 1


@pytest.mark.parametrize("content,name,message", [
    ('{"body": "Sales rose 5%."}\n', "c.jsonl", "no column 'text'"),
    ("not json\n", "c.jsonl", "not a JSON line"),
    ("x", "c.xlsx", "a corpus is a folder"),
])
def test_bad_corpora_are_one_line(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_text(content)
    r = runner.invoke(app, ["scan", str(path)])
    assert r.exit_code == 2 and message in r.stderr


def test_dask_engine_needs_dask(tmp_path, corpus_rows):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows[:3]))
    r = runner.invoke(app, ["scan", str(path), "--engine", "dask"])
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        assert r.exit_code == 2 and "pip install" in r.stderr
    else:
        assert r.exit_code == 0
