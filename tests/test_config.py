"""Configuration files that cannot be used are user errors naming the file: one line, exit 2."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from denied import deny_read
from evcheck.cli import app

runner = CliRunner()


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Sales rose 14.6% to 2.593 million units from 2.262 million units.\n")
    return "a.txt"


def one_line_error(r, *words):
    assert r.exit_code == 2, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert len(r.stderr.strip().splitlines()) == 1 and "internal error" not in r.stderr
    for word in words:
        assert word in r.stderr


def test_config_naming_a_folder(article, tmp_path):
    (tmp_path / "conf").mkdir()
    one_line_error(runner.invoke(app, ["verify", article, "--config", "conf"]), "conf", "is a folder")


def test_config_that_cannot_be_read(article, tmp_path, monkeypatch):
    (tmp_path / "evcheck.toml").write_text('fail-on = "never"\n')
    deny_read(monkeypatch, tmp_path / "evcheck.toml")
    one_line_error(runner.invoke(app, ["verify", article, "--config", "evcheck.toml"]), "evcheck.toml", "Permission denied")


def test_config_found_upward_that_cannot_be_read(article, tmp_path, monkeypatch):
    (tmp_path / "evcheck.toml").write_text('fail-on = "never"\n')
    deny_read(monkeypatch, tmp_path / "evcheck.toml")
    one_line_error(runner.invoke(app, ["verify", article]), "evcheck.toml", "cannot be read")


@pytest.mark.parametrize("band", ["nan", "inf", "-inf", "-0.5"])
def test_tolerance_must_be_a_finite_number(article, tmp_path, band):
    (tmp_path / "evcheck.toml").write_text(f"[tolerance]\ngrowth = {band}\n")
    one_line_error(runner.invoke(app, ["verify", article]), "tolerance.growth", "finite number")


@pytest.mark.parametrize(("text", "found"), [
    ('[project]\nname = "x"\n', False),
    ('[project\n', False),  # not TOML, and no evcheck: skipped, as a broken pyproject.toml always was
    ('[tool.evcheck]\nfail-on = "never"\n', True),
    ('[tool]\nevcheck = { fail-on = "never" }\n', True),
    ('[tool."\\u0065vcheck"]\nfail-on = "never"\n', True),  # the key spelled with an escape
    ('[tool.ruff]\n# evcheck is not configured here\n', False),
])
def test_pyproject_is_parsed_only_when_it_may_configure_evcheck(tmp_path, text, found):
    from evcheck.config import find_config

    (tmp_path / "pyproject.toml").write_text(text)
    assert (find_config(tmp_path) == tmp_path / "pyproject.toml") is found
