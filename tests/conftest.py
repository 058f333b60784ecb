"""Shared fixtures: run the whole pipeline on a text and look at its checks."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from evcheck.pipeline import Options, verify
from evcheck.read.files import read_text

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/corpus.py for the scale tests

# Property tests take their example counts from a profile, not from their decorators: "ci" (chosen by
# CI=true) keeps the whole suite under two minutes on a 2-core machine, "dev" is hypothesis' own
# default, and HYPOTHESIS_PROFILE=thorough is for a long hunt before a release. Whatever the profile,
# a test's explicit `@example`s always run.
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", settings.get_profile("dev"), max_examples=25, print_blob=True)
settings.register_profile("thorough", settings.get_profile("dev"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "dev"))


def examples(n: int) -> int:
    """An example count for a test that needs more (or fewer) than the profile's: n under "dev"
    (hypothesis' default of 100 examples), scaled by the profile otherwise — a quarter under "ci",
    ten times under "thorough". A decorator's own max_examples would ignore the profile."""
    return max(1, round(n * settings.default.max_examples / settings.get_profile("dev").max_examples))


# With pytest-xdist (addopts), tests that time themselves and tests that start several processes all
# run on one worker, one after another (`--dist loadgroup`): side by side they would take each other's
# cores, and a timing test would measure the machine, not the code.
EXCLUSIVE = ("tests/read/test_markup.py::test_html_reader_time_is_linear", "tests/test_scan_engines.py",
             "tests/test_in_place_kill.py", "tests/test_scan.py",
             "tests/test_linear_time.py::test_backtracking_families_take_linear_time")


# Modules whose module-scoped fixture costs a second or more (a browser, a build, the labelled dev
# set scored, the seeds verified): their tests stay on one worker, so the fixture is made once, not
# once on each worker that happens to get one of them.
ONE_WORKER = ("tests/test_browser.py", "tests/test_packaging.py", "tests/relate/test_labelled_sets.py",
              "tests/report/test_html.py", "tests/report/test_formats.py", "tests/report/test_review.py",
              "tests/test_sarif_schema.py", "tests/test_golden.py")


def _group(nodeid: str) -> str | None:
    if nodeid.startswith(EXCLUSIVE):
        return "exclusive"
    if nodeid.startswith(ONE_WORKER):
        return nodeid.split("::")[0]
    return None


def pytest_collection_modifyitems(items):
    for item in items:
        if group := _group(item.nodeid):
            item.add_marker(pytest.mark.xdist_group(group))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """--dist loadgroup, with the groups read from the node ids above. xdist 3.8 tells a group by the
    "@group" it appends to a node id, and under pytest 9 that rename no longer takes (the id is kept
    elsewhere), so no test was grouped: the timing tests ran beside the rest, and each worker made
    the costly module fixtures again."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class Groups(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _group(nodeid.split("@")[0]) or super()._split_scope(nodeid)

    return Groups(config, log)


ROOT = Path(__file__).resolve().parent.parent
ARTICLES = Path(__file__).resolve().parent / "articles"
SEEDS = ROOT / "seeds"
SHARED_SEED = ROOT.parent / "shared" / "seeds" / "000_8a40ab85c3bdc723.txt"


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path_factory, monkeypatch):
    """Keeps the ECB cache out of the user's home during tests."""
    monkeypatch.setenv("EVCHECK_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


def run_text(text: str, kind: str = "text", date: str | None = None, **options):
    doc = read_text(text, "article.txt" if kind == "text" else f"article.{ 'md' if kind == 'markdown' else 'html'}", kind=kind, date=date)
    return verify([doc], Options(**options))


def check_rows(text: str, rule: str | None = None, **kwargs) -> list[dict]:
    result = run_text(text, **kwargs)
    rows = result.checks.to_dict("records")
    return [r for r in rows if rule is None or r["rule"] == rule]


@pytest.fixture
def checks():
    return check_rows


@pytest.fixture
def run():
    return run_text


def checked(text: str, date: str, rule: str | None = None, use_rates: bool = False) -> list[tuple]:
    """The checks of one article (`run_text`) as (rule, status, its figures' texts); of one rule only, as
    (status, texts)."""
    result = run_text(text, date=date, use_rates=use_rates)
    figs = result.figures.set_index("id")["text"]
    found = [(r.rule, r.status, tuple(figs[f] for f in r.figures)) for r in result.checks.itertuples()]
    return found if rule is None else [(status, texts) for r, status, texts in found if r == rule]


def edited(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced by `new`: a near miss built from a passing case, which fails loudly if the case's text
    no longer holds `old` (a replace that changed nothing would test the passing case again)."""
    assert old in text, f"not in the text: {old!r}"
    return text.replace(old, new)


def measured(text: str, date: str | None):
    """Each figure's measure by its text, as the relate layer reads them before the joins (relate/measure.py)."""
    from evcheck.extract import extract_figures, split_sentences
    from evcheck.relate import find_claims
    from evcheck.relate.context import Context
    from evcheck.relate.measure import measured_claims

    sentences = split_sentences(text)
    figures = extract_figures(text, sentences=sentences)
    ctx = Context(text, figures, sentences)
    _, found = measured_claims(ctx, find_claims(text, figures, sentences, ctx), date)
    return {f.text: found[f.id] for f in ctx.figures}
