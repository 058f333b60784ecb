"""Baseline files that cannot be used are user errors naming the file: one line, exit 2."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from denied import deny_read, deny_write
from evcheck.cli import app

runner = CliRunner()
WRONG = "Sales rose 25% to 2.593 million units from 2.262 million units a year earlier.\n"


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(WRONG)
    return "a.txt"


def one_line_error(r, *words):
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "internal error" not in r.stderr, r.stderr
    for word in words:
        assert word in r.stderr


def test_baseline_naming_a_folder(article, tmp_path):
    (tmp_path / "base").mkdir()
    one_line_error(runner.invoke(app, ["verify", article, "--baseline", "base"]), "base", "is a folder")


def test_baseline_that_cannot_be_read(article, tmp_path, monkeypatch):
    (tmp_path / "b.json").write_text('{"schema": "evcheck-baseline/1", "findings": []}')
    deny_read(monkeypatch, tmp_path / "b.json")
    one_line_error(runner.invoke(app, ["verify", article, "--baseline", "b.json"]), "b.json", "Permission denied")


def test_baseline_nested_too_deep(article, tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    one_line_error(runner.invoke(app, ["verify", article, "--baseline", "deep.json"]), "deep.json", "nested too deep")


@pytest.mark.parametrize("entry", [
    {"file": ["a.txt"], "rule": "growth", "text": "25%"},
    {"file": "a.txt", "rule": "growth", "text": {"x": [1]}},
    {"file": "a.txt", "rule": 5, "text": "25%"},
])
def test_baseline_entries_holding_lists_or_numbers(article, tmp_path, entry):
    (tmp_path / "b.json").write_text(json.dumps({"schema": "evcheck-baseline/1", "findings": [entry]}))
    one_line_error(runner.invoke(app, ["verify", article, "--baseline", "b.json"]), "b.json", "finding 1")


def test_write_baseline_into_a_read_only_folder(article, tmp_path, monkeypatch):
    (tmp_path / "ro").mkdir()
    deny_write(monkeypatch, tmp_path / "ro")
    r = runner.invoke(app, ["verify", article, "-f", "concise", "--write-baseline", "ro/b.json"])
    one_line_error(r, "ro/b.json", "Permission denied")
    assert list((tmp_path / "ro").iterdir()) == []


def test_a_file_name_that_is_not_utf8_round_trips_through_the_baseline(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "caf\udce9.txt"  # b"caf\xe9.txt" on disk, as Python names it
    (tmp_path / "articles").mkdir()
    with open(tmp_path / "articles" / name, "w", encoding="utf-8") as fh:
        fh.write(WRONG)
    r = runner.invoke(app, ["verify", "articles", "-f", "concise", "--write-baseline", "b.json"])
    assert r.exit_code == 1 and "caf\\udce9.txt" in r.stdout
    assert json.loads((tmp_path / "b.json").read_text())["findings"][0]["file"] == f"articles/{name}"
    assert runner.invoke(app, ["verify", "articles", "-f", "concise", "--baseline", "b.json"]).exit_code == 0
