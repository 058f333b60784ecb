"""Golden tests: each of the project's own articles against a reviewed list of its figures and checks.

Regenerate after a deliberate change with `EVCHECK_UPDATE_GOLDEN=1 pytest tests/test_golden.py`, then
read the diff: every line is a claim about an article. Without that switch a missing golden file is a
failure, never a file written on the spot: a test that writes its own expectation cannot fail.
"""

from __future__ import annotations

import functools
import json
import math
import os
from pathlib import Path

import pytest

from evcheck.pipeline import verify
from evcheck.read import read_document

HERE = Path(__file__).resolve().parent
ARTICLES = sorted((HERE / "articles").iterdir()) + sorted((HERE.parent / "seeds").iterdir())
GOLDEN = HERE / "golden"
UPDATE = "EVCHECK_UPDATE_GOLDEN"


def _number(x) -> float | None:
    """A float pinned to 9 significant digits (the last bits of a float may differ between platforms,
    a real change never hides there); NaN and None are null."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return float(f"{float(x):.9g}")


@functools.cache
def alone(path: str):
    """One article verified by itself, once a worker: the golden, no-false-alarm, planted-error and
    alone-versus-together tests all look at this same run (they are kept on one xdist worker)."""
    return verify([read_document(path)])


def snapshot(path: Path) -> dict:
    result = alone(str(path))
    doc = result.documents[0]
    figures = [
        {"id": f["id"], "text": f["text"], "kind": f["kind"], "value": _number(f["value"]),
         "low": _number(f["low"]), "high": _number(f["high"])}
        for f in result.figures.to_dict("records")
    ]
    checks = [
        {"line": int(c["line"]), "rule": c["rule"], "status": c["status"], "severity": c["severity"],
         "subject": c["subject_text"], "figures": list(c["figures"]), "expected": _number(c["expected"]),
         "expected_low": _number(c["expected_low"]), "expected_high": _number(c["expected_high"])}
        for c in result.checks.to_dict("records")
    ]
    return {"date": doc.date, "date_source": doc.date_source, "figures": figures, "checks": checks}


def dump(snap: dict) -> str:
    """One figure or check a line, so that a diff names each claim that changed."""
    lines = []
    for key, value in snap.items():
        if isinstance(value, list):
            items = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in value)
            lines.append(f" {json.dumps(key)}: [\n{items}\n ]" if value else f" {json.dumps(key)}: []")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def compare_with_golden(actual: dict, expected_file: Path) -> None:
    """Writes the golden file only when EVCHECK_UPDATE_GOLDEN is set; otherwise compares, and a missing
    file fails."""
    if os.environ.get(UPDATE):
        expected_file.write_text(dump(actual))
    elif not expected_file.exists():
        pytest.fail(f"{expected_file} is missing: run with {UPDATE}=1 to write it, then review it")
    assert actual == json.loads(expected_file.read_text())


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_matches_its_golden_file(path):
    compare_with_golden(snapshot(path), GOLDEN / f"{path.name}.json")


def test_every_article_has_a_golden_file_and_every_golden_file_an_article():
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(f"{p.name}.json" for p in ARTICLES)


def test_a_missing_golden_file_fails_unless_asked_to_write_it(tmp_path, monkeypatch):
    """issue 11: the golden test wrote a missing file and passed."""
    monkeypatch.delenv(UPDATE, raising=False)
    missing = tmp_path / "gone.json"
    with pytest.raises(pytest.fail.Exception, match="gone.json is missing"):
        compare_with_golden({"figures": []}, missing)
    assert not missing.exists()
    monkeypatch.setenv(UPDATE, "1")
    compare_with_golden({"figures": []}, missing)
    assert json.loads(missing.read_text()) == {"figures": []}


def test_the_snapshot_pins_values_not_only_statuses():
    """issue 11: a golden file held each check's status only; a changed value went unseen."""
    snap = snapshot(HERE.parent / "seeds" / "xiaomi-q2-2025-trade-press.txt")
    figure = next(f for f in snap["figures"] if f["text"] == "116bn yuan")
    assert figure | {"id": None} == {"id": None, "text": "116bn yuan", "kind": "money", "value": 116e9,
                                      "low": 115.5e9, "high": 116.5e9}
    conversion = next(c for c in snap["checks"] if c["rule"] == "conversion" and c["subject"] == "$16.2bn")
    assert figure["id"] in conversion["figures"]
    assert conversion["expected_low"] <= conversion["expected"] <= conversion["expected_high"]


@pytest.mark.parametrize("path", [p for p in ARTICLES if "planted" not in p.name], ids=lambda p: p.name)
def test_consistent_articles_raise_no_false_alarm(path):
    result = alone(str(path))
    assert result.mismatches("warning").empty, result.mismatches("warning")["message"].tolist()


def test_every_planted_error_is_caught():
    result = alone(str(HERE / "articles" / "planted-errors.txt"))
    flagged = result.mismatches("warning")
    assert sorted(flagged["line"].astype(int)) == [3, 5, 7, 9, 11, 13, 15, 17, 19]
    assert set(flagged["rule"]) == {"growth", "sum", "share", "points", "difference", "multiple", "direction", "conversion"}


def _findings(result, path: str) -> list[tuple]:
    checks = result.checks[result.checks["file"] == path]
    return sorted((c["rule"], c["status"], c["severity"], c["subject_text"], c["message"]) for c in checks.to_dict("records"))


def test_each_article_alone_and_in_one_batch_gives_the_same_findings():
    """Relations are joined over one measures table of every file in a run: a file's findings must
    not depend on the files checked with it."""
    documents = [read_document(str(p)) for p in ARTICLES]
    together = verify(documents)
    assert not together.checks.empty
    for doc in documents:
        assert _findings(alone(doc.path), doc.path) == _findings(together, doc.path), doc.path
