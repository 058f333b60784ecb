"""Settings are built once from the configuration and the options, and every command honours them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from evcheck.cli import app
from evcheck.errors import EvcheckError
from evcheck.settings import build_settings, tolerance_keys

runner = CliRunner()

GROWTH = "Sales rose 25% to 2.593 million units from 2.262 million units a year earlier."
CONVERSION = "On 19 August 2025 Xiaomi said revenue was 116bn yuan ($16.2bn)."
REFERENCE = "Xiaomi's vehicle deliveries for Q2 2025 stood at 81,302 units."


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A repository with a corpus of three articles and a data folder of its own."""
    monkeypatch.chdir(tmp_path)
    rows = [{"id": "growth", "text": GROWTH, "date": "2025-08-19"},
            {"id": "conversion", "text": CONVERSION, "date": "2025-08-19"},
            {"id": "reference", "text": REFERENCE, "date": "2025-08-19"}]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "figures-user.csv").write_text(
        "entity,metric,period,value,unit,source\nXiaomi,deliveries,2025-Q2,90000,units,https://example.com\n")
    return tmp_path


def scan_findings(*args) -> list[tuple[str, str, str]]:
    r = runner.invoke(app, ["scan", "corpus.jsonl", "-f", "json", "-j", "1", *args])
    assert r.exit_code == 0, r.output
    return sorted((f["doc"], f["rule"], f["severity"]) for f in json.loads(r.stdout))


def test_scan_honours_the_configuration(repo):
    """issue 11: scan ignored evcheck.toml entirely: dollar, select, ignore, data and tolerance."""
    assert scan_findings() == [("growth", "growth", "error")]
    (repo / "evcheck.toml").write_text(
        'dollar = "HKD"\nignore = ["implied-prior"]\ndata = ["mine"]\n[tolerance]\ngrowth = 20\nreference = 0.5\n')
    found = scan_findings()
    assert ("growth", "growth", "warning") in found                  # tolerance.growth
    assert ("conversion", "conversion", "error") in found            # a bare $ read as HKD
    assert ("reference", "reference", "warning") in found            # the user's table, and tolerance.reference
    assert not [f for f in found if f[1] == "implied-prior"]
    (repo / "evcheck.toml").write_text('select = ["growth"]\n')
    assert scan_findings() == [("growth", "growth", "error")]
    assert scan_findings("--isolated", "--ignore", "growth") == []


def test_scan_settings_reach_worker_processes(repo):
    (repo / "evcheck.toml").write_text("[tolerance]\ngrowth = 20\n")
    assert scan_findings("-j", "2", "--batch-size", "1") == [("growth", "growth", "warning")]


def test_config_fail_on_applies_to_scan(repo):
    (repo / "evcheck.toml").write_text('fail-on = "error"\n')
    assert runner.invoke(app, ["scan", "corpus.jsonl", "-j", "1"]).exit_code == 1
    assert runner.invoke(app, ["scan", "corpus.jsonl", "-j", "1", "--fail-on", "never"]).exit_code == 0


def test_figures_and_convert_honour_the_configured_dollar(repo):
    (repo / "a.txt").write_text(CONVERSION + "\n")
    (repo / "evcheck.toml").write_text('dollar = "HKD"\n')
    r = runner.invoke(app, ["figures", "a.txt", "-f", "json"])
    assert [f["unit"] for f in json.loads(r.stdout)] == ["CNY", "HKD"]
    r = runner.invoke(app, ["convert", "$5bn", "--to", "eur", "--date", "2025-08-19"])
    assert r.exit_code == 0 and "HKD" in r.output


def test_data_list_uses_the_configured_data(repo):
    (repo / "evcheck.toml").write_text('data = ["mine"]\n')
    r = runner.invoke(app, ["data", "list", "--entity", "Xiaomi", "--metric", "deliveries", "--period", "2025-Q2", "-f", "json"])
    assert [row["value"] for row in json.loads(r.stdout)] == [90000]


def test_reference_tolerance_is_accepted_and_keys_come_from_the_rule_catalogue(repo):
    """issue 11: `[tolerance] reference = …` was rejected although the reference rule reads it."""
    from evcheck.rules import RULES

    assert {"reference", "growth", "conversion", "points"} <= tolerance_keys(RULES) <= set(RULES)
    (repo / "evcheck.toml").write_text("[tolerance]\nreference = 0.1\n")
    assert build_settings().tolerance == {"reference": 0.1}
    (repo / "evcheck.toml").write_text("[tolerance]\nnot-a-rule = 0.1\n")
    with pytest.raises(EvcheckError, match="tolerance.not-a-rule"):
        build_settings()


def test_unknown_dollar_in_the_config_names_the_key_not_the_option(repo):
    """issue 11: `dollar = "XYZ"` passed validation, then failed naming --dollar, which nobody gave."""
    (repo / "evcheck.toml").write_text('dollar = "XYZ"\n')
    (repo / "a.txt").write_text(GROWTH + "\n")
    for args in (["verify", "a.txt"], ["scan", "corpus.jsonl"], ["figures", "a.txt"], ["convert", "a.txt", "--to", "eur"]):
        r = runner.invoke(app, args)
        assert r.exit_code == 2, (args, r.output)
        assert "evcheck.toml: key 'dollar'" in r.stderr and "--dollar" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1


def test_unknown_dollar_option_names_the_option(repo):
    r = runner.invoke(app, ["scan", "corpus.jsonl", "--dollar", "xyz"])
    assert r.exit_code == 2 and "--dollar" in r.stderr


def test_options_win_over_the_file(repo):
    (repo / "evcheck.toml").write_text('dollar = "HKD"\nselect = ["growth"]\nexclude = ["drafts/*"]\ndata = ["mine"]\n')
    s = build_settings(dollar="usd", select=["sum,share"], exclude=["old/*"], data=["more"])
    assert s.dollar == "USD" and s.select == {"sum", "share"}
    assert set(s.exclude) == {"drafts/*", "old/*"}
    assert [p.name for p in s.data] == ["more", "mine"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2025-13-45"])
def test_date_option_outside_the_calendar_of_articles_is_a_usage_error(repo, day):
    (repo / "a.txt").write_text(CONVERSION + "\n")
    r = runner.invoke(app, ["verify", "a.txt", "--date", day])
    assert r.exit_code == 2 and "--date" in r.stderr and "internal error" not in r.stderr
