"""`evcheck verify -f sarif` against the SARIF 2.1.0 schema (vendored in tests/schemas/, see its README).

Checked with jsonschema's full format checker: a file name is an `artifactLocation.uri`, which the schema
declares a `uri-reference`, so a name with a space or a `#` must be percent-encoded to be valid SARIF.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from typer.testing import CliRunner

from conftest import ARTICLES, SEEDS
from evcheck.cli import app

SCHEMA_FILE = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
runner = CliRunner()


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema, format_checker=FormatChecker())


def sarif(*args: str) -> dict:
    r = runner.invoke(app, ["verify", "-f", "sarif", "--date", "2025-08-19", *args])
    assert r.exit_code in (0, 1, 2), r.output
    return json.loads(r.stdout)


def problems(validator: Draft4Validator, doc: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


def test_the_vendored_schema_is_the_published_one():
    assert hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest() == SCHEMA_SHA256


def test_findings_are_valid_sarif(validator):
    doc = sarif(str(ARTICLES / "planted-errors.txt"), str(SEEDS / "caam-july-2025-newswire.txt"))
    assert len(doc["runs"][0]["results"]) >= 9  # the planted errors, at least: not an empty run
    assert problems(validator, doc) == []


def test_a_clean_article_is_valid_sarif(validator):
    doc = sarif(str(SEEDS / "xiaomi-q2-2025-trade-press.txt"))
    assert doc["runs"][0]["results"] == []
    assert problems(validator, doc) == []


def test_input_errors_are_valid_sarif(validator, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text((ARTICLES / "planted-errors.txt").read_text())
    doc = sarif(str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"))
    assert doc["runs"][0]["invocations"][0]["executionSuccessful"] is False
    assert problems(validator, doc) == []


@pytest.mark.parametrize("name", ["my article.txt", "Q2 #1.txt", "100%.txt", "übersicht.txt", "[draft].txt"])
def test_file_names_become_valid_uris(validator, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    Path(name).write_text((ARTICLES / "planted-errors.txt").read_text())
    doc = sarif(name)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in doc["runs"][0]["results"] for loc in r["locations"]}
    assert len(uris) == 1
    assert problems(validator, doc) == []


def test_a_guessed_date_note_names_its_file_as_a_valid_uri(validator, tmp_path, monkeypatch):
    """Without --date the article's date is guessed, and a run notification points at the file."""
    monkeypatch.chdir(tmp_path)
    Path("my article.txt").write_text((ARTICLES / "planted-errors.txt").read_text())
    r = runner.invoke(app, ["verify", "-f", "sarif", "my article.txt"])
    doc = json.loads(r.stdout)
    notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(n.get("locations") for n in notes), notes
    assert problems(validator, doc) == []


def test_the_validator_rejects_what_is_not_sarif(validator):
    """The test above can fail: a document the schema forbids is reported."""
    doc = sarif(str(ARTICLES / "planted-errors.txt"))
    doc["runs"][0]["results"][0]["level"] = "fatal"
    doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b.txt"
    found = problems(validator, doc)
    assert any("'fatal' is not one of" in p for p in found), found
    assert any("is not a 'uri-reference'" in p for p in found), found
