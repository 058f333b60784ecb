"""Golden tests: each of the project's own articles against a reviewed list of its checks.

Regenerate after a deliberate change with `EVCHECK_UPDATE_GOLDEN=1 pytest tests/test_golden.py`, then
read the diff: every line is a claim about an article.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from evcheck.pipeline import verify
from evcheck.read import read_document

HERE = Path(__file__).resolve().parent
ARTICLES = sorted((HERE / "articles").iterdir()) + sorted((HERE.parent / "seeds").iterdir())
GOLDEN = HERE / "golden"


def snapshot(path: Path) -> dict:
    result = verify([read_document(str(path))])
    doc = result.documents[0]
    checks = [
        {"line": int(c["line"]), "rule": c["rule"], "status": c["status"], "severity": c["severity"],
         "subject": c["subject_text"]}
        for c in result.checks.to_dict("records")
    ]
    return {"date": doc.date, "date_source": doc.date_source, "figures": len(result.figures), "checks": checks}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_matches_its_golden_file(path):
    expected_file = GOLDEN / f"{path.name}.json"
    actual = snapshot(path)
    if os.environ.get("EVCHECK_UPDATE_GOLDEN") or not expected_file.exists():
        expected_file.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n")
    assert actual == json.loads(expected_file.read_text())


@pytest.mark.parametrize("path", [p for p in ARTICLES if "planted" not in p.name], ids=lambda p: p.name)
def test_consistent_articles_raise_no_false_alarm(path):
    result = verify([read_document(str(path))])
    assert result.mismatches("warning").empty, result.mismatches("warning")["message"].tolist()


def test_every_planted_error_is_caught():
    result = verify([read_document(str(HERE / "articles" / "planted-errors.txt"))])
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
    for doc in documents:
        alone = verify([read_document(doc.path)])
        assert _findings(alone, doc.path) == _findings(together, doc.path), doc.path
