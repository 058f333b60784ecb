"""SARIF 2.1.0: one reportingDescriptor per rule, one result per finding with its physical location."""

from __future__ import annotations

import json
from urllib.parse import quote

from evcheck import __version__
from evcheck.pipeline import Result
from evcheck.report.editor import date_warnings, for_editors, worded_findings
from evcheck.report.rows import end_position
from evcheck.report.safe import json_text
from evcheck.rules import RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def document(result: Result) -> dict:
    names = list(RULES)
    rules = [
        {
            "id": r.name,
            "name": r.name.replace("-", " ").title().replace(" ", ""),
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.doc},
            "help": {"text": f"{r.doc}\n\nFlagged: {r.flagged}\nFine: {r.fine}"},
            "defaultConfiguration": {"level": "error"},
        }
        for r in RULES.values()
    ]
    results = []
    for row in worded_findings(result):
        end_line, end_col = end_position(result, row)
        results.append({
            "ruleId": row["rule"],
            "ruleIndex": names.index(row["rule"]),
            "level": _LEVEL[row["severity"]],
            "message": {"text": for_editors(row)},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(row["file"].replace("\\", "/"))},  # a uri-reference
                    "region": {"startLine": int(row["line"]), "startColumn": int(row["col"]),
                               "endLine": end_line, "endColumn": end_col + 1},
                }
            }],
            "partialFingerprints": {"evcheck/v1": f"{row['rule']}:{row['subject_text']}"},
        })
    run = {
        "tool": {"driver": {"name": "evcheck", "version": __version__, "informationUri": "https://pypi.org/project/evcheck/",
                            "rules": rules}},
        "results": results,
    }
    notes = [{"level": "warning", "message": {"text": f"{path}: {warning}"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": quote(path.replace("\\", "/"))}}}]}
             for path, warning in date_warnings(result)]
    notes += [{"level": "error", "message": {"text": f"{e.path}: {e.reason}"}} for e in result.errors]
    if notes:
        run["invocations"] = [{"executionSuccessful": not result.errors, "toolExecutionNotifications": notes}]
    # the date each article was read at: rates and periods hang on it
    run["properties"] = {"articleDates": [{"path": d.path, "date": d.date, "dateSource": d.date_source}
                                          for d in result.documents]}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(result: Result) -> str:
    return json_text(json.dumps(document(result), indent=2, ensure_ascii=False)) + "\n"
