"""evcheck scan: corpora in several formats, several processes, one findings table, streamed."""

from __future__ import annotations

import csv
import io
import json
import pickle

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from corpus import articles
from evcheck.cli import app
from evcheck.corpus import Columns, open_corpus, read_batch
from evcheck.scan import FINDING_COLUMNS, collect, scan

runner = CliRunner()
WRONG = "\n\nSales rose 25% to 2.593 million units from 2.262 million units a year earlier.\n"


@pytest.fixture
def corpus_rows():
    rows = [{"id": f"a{i}", "text": text, "date": "2025-08-19"} for i, text in enumerate(articles(60))]
    rows[7]["text"] += WRONG
    rows[42]["text"] += WRONG
    return rows


def write_jsonl(path, rows) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return str(path)


def findings(path, **options) -> pd.DataFrame:
    return collect(open_corpus(str(path), batch_size=options.pop("batch_size", 50)), **options)[0]


def test_jsonl_csv_and_parquet_give_the_same_findings(tmp_path, corpus_rows):
    jsonl = write_jsonl(tmp_path / "c.jsonl", corpus_rows)
    pd.DataFrame(corpus_rows).to_csv(tmp_path / "c.csv", index=False)
    pd.DataFrame(corpus_rows).to_parquet(tmp_path / "c.parquet", row_group_size=25)  # batches cross row groups
    a = findings(jsonl, batch_size=16)
    b = findings(tmp_path / "c.csv", batch_size=16)
    c = findings(tmp_path / "c.parquet", batch_size=16, jobs=2)
    assert a["doc"].tolist() == ["a7", "a42"] and set(a["rule"]) == {"growth"}
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(a, c)


def test_several_processes_match_one(tmp_path, corpus_rows):
    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows)
    one = findings(path, jobs=1, batch_size=10, all_checks=True)
    two = findings(path, jobs=2, batch_size=10, all_checks=True)
    assert len(one) > 100
    pd.testing.assert_frame_equal(one, two)


def test_batches_carry_where_the_articles_are_not_their_texts(tmp_path):
    """issue 12: send paths or row ranges to the workers, not texts."""
    rows = [{"id": f"a{i}", "text": WRONG * 500, "date": "2025-08-19"} for i in range(20)]  # 40 KB an article
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    pd.DataFrame(rows).to_csv(tmp_path / "c.csv", index=False)
    pd.DataFrame(rows).to_parquet(tmp_path / "c.parquet")
    for corpus in (path, str(tmp_path / "c.csv"), str(tmp_path / "c.parquet")):
        batches = open_corpus(corpus, batch_size=10).batches
        assert [b.count for b in batches] == [10, 10]
        assert all(len(pickle.dumps(b)) < 1000 for b in batches)
        assert [r.doc for b in batches for r in read_batch(b)] == [f"a{i}" for i in range(20)]


def test_findings_are_written_as_they_come(tmp_path, corpus_rows):
    """issue 12: memory stays flat because each batch's findings are written before the next is read."""
    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows)
    events = []
    scan(open_corpus(path, batch_size=10), lambda rows: events.append(("write", len(rows))), jobs=2,
         on_batch=lambda n: events.append(("batch", n)))
    assert events[:2] == [("write", 1), ("batch", 10)]  # a7 is in the first batch
    assert events.count(("batch", 10)) == 6 and ("write", 1) in events[3:]


def test_all_checks_and_folder_corpus(tmp_path):
    for i, text in enumerate(articles(5)):
        (tmp_path / f"a{i}.txt").write_text(text)
    found = findings(tmp_path, all_checks=True)
    assert len(found) > 5 and set(found["status"]) >= {"ok"}
    assert found["doc"].str.endswith(".txt").all() and found["line"].dtype == "Int64"


def test_cli_scan_writes_a_table_and_fails_on_request(tmp_path, corpus_rows):
    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows)
    out = tmp_path / "findings.json"
    r = runner.invoke(app, ["scan", path, "-f", "json", "-o", str(out), "-j", "1"])
    assert r.exit_code == 0
    rows = json.loads(out.read_text())
    assert [row["doc"] for row in rows] == ["a7", "a42"] and list(rows[0]) == FINDING_COLUMNS
    assert rows[0]["line"] == 12 and isinstance(rows[0]["expected"], float)
    assert "60 article(s) checked, 2 mismatch(es)" in r.stderr
    assert runner.invoke(app, ["scan", path, "-j", "1", "--fail-on", "error"]).exit_code == 1


def test_parquet_findings_for_real(tmp_path, corpus_rows):
    """issue 11: the Parquet export was never tested with pyarrow installed."""
    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows)
    out = tmp_path / "findings.parquet"
    r = runner.invoke(app, ["scan", path, "-j", "1", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    table = pd.read_parquet(out)
    assert table["doc"].tolist() == ["a7", "a42"] and list(table.columns) == FINDING_COLUMNS
    assert table["expected"].between(14.5, 14.7).all()
    r = runner.invoke(app, ["scan", path, "-j", "1", "-f", "parquet"])
    assert r.exit_code == 2 and "needs --output" in r.stderr


@pytest.mark.parametrize("content,name,message", [
    ('{"body": "Sales rose 5%."}\n', "c.jsonl", "no column 'text'"),
    ("body,id\nSales rose 5%.,a\n", "c.csv", "no column 'text'"),
    ("x", "c.xlsx", "a corpus is a folder"),
    ("", "c.csv", "empty file"),
])
def test_bad_corpora_are_one_line(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_text(content)
    r = runner.invoke(app, ["scan", str(path)])
    assert r.exit_code == 2 and message in r.stderr and len(r.stderr.strip().splitlines()) == 1


# ---- input errors are findings (issue 11) -------------------------------------------------------

def input_rows(out) -> list[tuple[str, str, str]]:
    rows = list(csv.DictReader(io.StringIO(out)))
    return [(r["doc"], r["status"], r["message"]) for r in rows if r["rule"] == "input"]


def test_one_bad_json_line_is_an_input_error_and_the_rest_is_checked(tmp_path, corpus_rows):
    """issue 11: one bad JSON line stopped everything."""
    path = tmp_path / "c.jsonl"
    lines = [json.dumps(r) for r in corpus_rows[:10]]
    lines[3] = '{"id": "a3", "text": "Sales rose'  # cut off
    path.write_text("\n".join(lines) + "\n")
    r = runner.invoke(app, ["scan", str(path), "-j", "1"])
    assert r.exit_code == 2
    assert input_rows(r.stdout) == [("c.jsonl#4", "error", "not a JSON line")]
    assert [row["doc"] for row in csv.DictReader(io.StringIO(r.stdout)) if row["rule"] == "growth"] == ["a7"]
    assert "9 article(s) checked, 1 mismatch(es), 1 input error(s)" in r.stderr


def test_rows_with_empty_text_are_input_errors(tmp_path, corpus_rows):
    """issue 11: rows with empty text were dropped without a word."""
    corpus_rows[2]["text"] = ""
    corpus_rows[3]["text"] = "   \n"
    corpus_rows[4]["text"] = None
    rows = corpus_rows[:8]
    pd.DataFrame(rows).to_csv(tmp_path / "c.csv", index=False)
    for path in (write_jsonl(tmp_path / "c.jsonl", rows), str(tmp_path / "c.csv")):
        r = runner.invoke(app, ["scan", path, "-j", "1"])
        assert r.exit_code == 2, path
        assert [(doc, status) for doc, status, _ in input_rows(r.stdout)] == [("a2", "error"), ("a3", "error"), ("a4", "error")]
        assert "5 article(s) checked" in r.stderr and "3 input error(s)" in r.stderr


def test_a_row_without_an_id_is_named_by_its_row_not_nan(tmp_path, corpus_rows):
    """issue 11: a row without an id was reported as "nan"."""
    corpus_rows[7]["id"] = None
    rows = corpus_rows[:9]
    pd.DataFrame(rows).to_csv(tmp_path / "c.csv", index=False)
    pd.DataFrame(rows).to_parquet(tmp_path / "c.parquet")
    for path in (write_jsonl(tmp_path / "c.jsonl", rows), str(tmp_path / "c.csv"), str(tmp_path / "c.parquet")):
        name = path.rsplit("/", 1)[1]
        r = runner.invoke(app, ["scan", path, "-j", "1"])
        assert "nan" not in r.stdout
        assert input_rows(r.stdout) == [(f"{name}#8", "note", "no id in column 'id'; named by its row number")]
        assert [row["doc"] for row in csv.DictReader(io.StringIO(r.stdout)) if row["rule"] == "growth"] == [f"{name}#8"]
        assert r.exit_code == 0  # checked all the same, as verify goes on after a note


def test_a_corpus_without_an_id_column_names_rows_without_a_note(tmp_path, corpus_rows):
    rows = [{"text": r["text"]} for r in corpus_rows[:9]]
    r = runner.invoke(app, ["scan", write_jsonl(tmp_path / "c.jsonl", rows), "-j", "1"])
    assert r.exit_code == 0 and input_rows(r.stdout) == []
    assert [row["doc"] for row in csv.DictReader(io.StringIO(r.stdout))] == ["c.jsonl#8"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2025-13-45", "soon"])
def test_a_bad_date_in_the_date_column_is_a_note_and_the_article_still_checked(tmp_path, day):
    """issue 11: a bad date in a date column ended the whole corpus with "internal error"; the
    article is dated from its text instead, and the findings say so."""
    rows = [{"id": "a", "text": "Revenue was 116bn yuan ($18.2bn) in July 2025.", "date": day},
            {"id": "b", "text": WRONG.strip(), "date": "2025-08-19"}]
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    r = runner.invoke(app, ["scan", path, "-j", "1", "-f", "json"])
    assert r.exit_code == 0 and "internal error" not in r.stderr
    found = json.loads(r.stdout)
    assert [(f["doc"], f["rule"], f["status"]) for f in found] == [("a", "input", "note"), ("a", "conversion", "mismatch"),
                                                                    ("b", "growth", "mismatch")]
    assert f"date '{day}' is not a date" in found[0]["message"] and "note: a: date" in r.stderr


def test_a_folder_with_a_binary_and_an_empty_file_exits_2_like_verify(tmp_path):
    """issue 11: it reported "1 article(s)" and exited 0, where verify exits 2."""
    (tmp_path / "good.txt").write_text(WRONG.strip())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"Sales rose 5%\x00\x01\x02")
    assert runner.invoke(app, ["verify", str(tmp_path)]).exit_code == 2
    r = runner.invoke(app, ["scan", str(tmp_path), "-j", "1"])
    assert r.exit_code == 2
    assert [(doc.rsplit("/", 1)[1], status) for doc, status, _ in input_rows(r.stdout)] == [("binary.txt", "error"),
                                                                                           ("empty.txt", "error")]
    assert "1 article(s) checked, 1 mismatch(es), 2 input error(s)" in r.stderr


def test_hundreds_of_problems_are_all_findings_but_a_few_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("not json\n" * 300 + json.dumps({"id": "a", "text": WRONG}) + "\n")
    r = runner.invoke(app, ["scan", str(path), "-j", "2", "--batch-size", "64"])
    assert r.exit_code == 2 and len(input_rows(r.stdout)) == 300
    assert len(r.stderr.splitlines()) == 22 and "… and 280 more input problem(s)" in r.stderr


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
    table = pd.read_csv(out)
    assert table.loc[table["rule"] == "growth", "doc"].str.endswith("good.txt").tolist() == [True]
    assert sorted(table.loc[table["rule"] == "input", "doc"].str.rsplit("/", n=1).str[1]) == [
        "empty.txt", "latin.txt", "locked", "secret.txt"]


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
    path = write_jsonl(tmp_path / "c.jsonl", rows)
    read = [r for b in open_corpus(path).batches for r in read_batch(b)]
    assert [(r.doc, r.error.split(" (")[0] if r.error else None) for r in read] == [
        ("big", "text too large"), ("nul", "binary text, not an article"), ("ok", None)]
    r = runner.invoke(app, ["scan", path, "-j", "1"])
    assert r.exit_code == 2 and "big: text too large" in r.stderr and "nul: binary text" in r.stderr


def test_doc_ids_cannot_run_as_spreadsheet_formulas(tmp_path):
    rows = [{"id": '=HYPERLINK("http://evil.example","x")', "text": WRONG}, {"id": "@SUM(A1)", "text": WRONG},
            {"id": "-1+2", "text": WRONG}, {"id": "\tx", "text": WRONG}]
    r = runner.invoke(app, ["scan", write_jsonl(tmp_path / "c.jsonl", rows), "-j", "1"])
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert [row["doc"] for row in rows] == ["'=HYPERLINK(\"http://evil.example\",\"x\")", "'@SUM(A1)", "'-1+2", "\\tx"]
    assert all(float(row["expected"]) > 0 for row in rows)  # numbers stay numbers


def test_scan_output_into_a_read_only_folder(tmp_path, monkeypatch, corpus_rows):
    from denied import deny_write

    path = write_jsonl(tmp_path / "c.jsonl", corpus_rows[:3])
    (tmp_path / "ro").mkdir()
    deny_write(monkeypatch, tmp_path / "ro")
    r = runner.invoke(app, ["scan", path, "-j", "1", "-o", str(tmp_path / "ro" / "f.csv")])
    assert r.exit_code == 2 and "ro/f.csv: cannot write (Permission denied)" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and list((tmp_path / "ro").iterdir()) == []


# ---- CSV records: row boundaries found by quote parity --------------------------------------

cells = st.text(alphabet=st.sampled_from(list('ab ,"\n\r\t5%é')), max_size=12)


@given(st.lists(st.tuples(cells, cells), min_size=1, max_size=12), st.integers(1, 4))
@example([("a\nb", 'say "hi"'), ("", "x"), ('"', ",")], 2)
def test_csv_batches_read_the_rows_the_csv_module_reads(rows, size):
    """Quotes, commas and newlines inside fields never move a row boundary; blank rows are skipped
    the way pandas skips them."""
    import tempfile
    from pathlib import Path

    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerow(["id", "text"])
    writer.writerows(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.csv"
        path.write_bytes(buf.getvalue().encode("utf-8"))
        corpus = open_corpus(str(path), Columns(date=None), batch_size=size)
        read = [(r.doc, r.text) for b in corpus.batches for r in read_batch(b) if not r.error]
    expected = [(i, t) for i, t in csv.reader(io.StringIO(buf.getvalue(), newline=""))][1:]
    assert read == [(i if i.strip() else f"c.csv#{n}", t) for n, (i, t) in enumerate(expected, 1) if t.strip()]


def test_rows_sharing_an_id_are_each_checked_under_it(tmp_path):
    """Two rows with one id in one batch: each keeps its own findings (the pipeline keys files by name)."""
    rows = [{"id": "dup", "text": WRONG}, {"id": "dup", "text": WRONG.replace("25%", "35%")}, {"id": "ok", "text": WRONG}]
    found = findings(write_jsonl(tmp_path / "c.jsonl", rows))
    assert found["doc"].tolist() == ["dup", "dup", "ok"] and found["stated"].tolist() == [25.0, 35.0, 25.0]


def test_a_file_name_that_is_not_utf8_is_named_as_verify_names_it(tmp_path):
    (tmp_path / "caf\udce9.txt").write_text(WRONG)
    (tmp_path / "empty\udce9.txt").write_text("")
    for fmt in ("csv", "json", "parquet"):
        out = tmp_path.parent / f"{tmp_path.name}-findings.{fmt}"
        r = runner.invoke(app, ["scan", str(tmp_path), "-j", "1", "-o", str(out)])
        assert r.exit_code == 2, r.stderr
        docs = (pd.read_parquet(out) if fmt == "parquet" else pd.read_csv(out) if fmt == "csv"
                else pd.DataFrame(json.loads(out.read_text())))["doc"].str.rsplit("/", n=1).str[1].tolist()
        assert docs == ["caf\\udce9.txt", "empty\\udce9.txt"], fmt
