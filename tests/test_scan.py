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
    a = scan(read_corpus(str(jsonl))[0], jobs=1, batch_size=16)
    b = scan(read_corpus(str(csv))[0], jobs=1, batch_size=16)
    assert a["doc"].tolist() == b["doc"].tolist() == ["a7", "a42"]
    assert set(a["rule"]) == {"growth"}


def test_several_processes_match_one(tmp_path, corpus_rows):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows))
    docs, _ = read_corpus(str(path))
    one = scan(docs, jobs=1, batch_size=10)
    two = scan(docs, jobs=2, batch_size=10)
    pd.testing.assert_frame_equal(one, two)


def test_all_checks_and_folder_corpus(tmp_path):
    for i, text in enumerate(articles(5)):
        (tmp_path / f"a{i}.txt").write_text(text)
    found = scan(read_corpus(str(tmp_path))[0], all_checks=True)
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


# ---- hostile corpora (issue 13) ------------------------------------------------------------

def test_a_folder_corpus_reports_what_it_cannot_read(tmp_path, monkeypatch):
    from denied import deny_list, deny_read

    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "good.txt").write_text(WRONG.strip())
    (corpus / "empty.txt").write_text("")
    (corpus / "latin.txt").write_bytes(b"caf\xe9 sales rose 5%")
    (corpus / "secret.txt").write_text(WRONG.strip())
    (corpus / "locked" / "c.txt").write_text(WRONG.strip())
    deny_read(monkeypatch, corpus / "secret.txt")
    deny_list(monkeypatch, corpus / "locked")
    out = tmp_path / "findings.csv"
    r = runner.invoke(app, ["scan", str(corpus), "-j", "1", "-o", str(out)])
    assert r.exit_code == 2
    for name, reason in [("empty.txt", "empty file"), ("latin.txt", "not UTF-8"), ("secret.txt", "Permission denied"),
                         ("locked", "folder cannot be read")]:
        assert any(name in line and reason in line for line in r.stderr.splitlines()), (name, r.stderr)
    assert "4 input error(s)" in r.stderr
    assert pd.read_csv(out)["doc"].str.endswith("good.txt").tolist() == [True]


def test_a_lone_surrogate_in_an_id_is_written_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "a\\udc80b", "text": "Sales rose 25% to 2.593 million units from 2.262 million units."}\n')
    for fmt in ("csv", "json"):
        out = tmp_path / f"findings.{fmt}"
        r = runner.invoke(app, ["scan", str(path), "-j", "1", "-f", fmt, "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert "a\ufffdb" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "findings.csv", "findings.json"]


def test_cells_over_the_size_limit_or_with_nul_bytes_are_input_errors(tmp_path, monkeypatch):
    import evcheck.read.files as files

    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    rows = [{"id": "big", "text": "Sales rose 5%. " * 100}, {"id": "nul", "text": "Sales rose 5%.\x00"},
            {"id": "ok", "text": WRONG}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    articles, errors = read_corpus(str(path))
    assert [a.doc for a in articles] == ["ok"]
    assert [(e.path, e.reason.split(" (")[0]) for e in errors] == [("big", "text too large"), ("nul", "binary text, not an article")]
    r = runner.invoke(app, ["scan", str(path), "-j", "1"])
    assert r.exit_code == 2 and "big: text too large" in r.stderr and "nul: binary text" in r.stderr


def test_doc_ids_cannot_run_as_spreadsheet_formulas(tmp_path):
    rows = [{"id": '=HYPERLINK("http://evil.example","x")', "text": WRONG}, {"id": "@SUM(A1)", "text": WRONG},
            {"id": "-1+2", "text": WRONG}, {"id": "\tx", "text": WRONG}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    r = runner.invoke(app, ["scan", str(path), "-j", "1"])
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["doc"] for row in rows] == ["'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(A1)", "'-1+2", "\\tx"]
    assert all(float(row["expected"]) > 0 for row in rows)  # numbers stay numbers


def test_scan_output_into_a_read_only_folder(tmp_path, monkeypatch, corpus_rows):
    from denied import deny_write

    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_rows[:3]))
    (tmp_path / "ro").mkdir()
    deny_write(monkeypatch, tmp_path / "ro")
    r = runner.invoke(app, ["scan", str(path), "-j", "1", "-o", str(tmp_path / "ro" / "f.csv")])
    assert r.exit_code == 2 and "ro/f.csv: cannot write (Permission denied)" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and list((tmp_path / "ro").iterdir()) == []


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2025-13-45", "soon"])
def test_a_bad_date_in_the_date_column_does_not_end_the_corpus(tmp_path, day):
    """issue 11: a bad date in a date column ended the whole corpus with "internal error"; the
    article is dated from its text instead."""
    rows = [{"id": "a", "text": "Revenue was 116bn yuan ($18.2bn) in July 2025.", "date": day},
            {"id": "b", "text": WRONG.strip(), "date": "2025-08-19"}]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    r = runner.invoke(app, ["scan", str(path), "-j", "1", "-f", "json"])
    assert r.exit_code == 0 and "internal error" not in r.stderr
    assert {f["doc"] for f in json.loads(r.stdout)} == {"a", "b"}
