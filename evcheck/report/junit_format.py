"""JUnit XML: a test suite per article, a test case per check, a failure per mismatch."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from evcheck.pipeline import Result
from evcheck.report.rows import findings


def render(result: Result) -> str:
    suites = ET.Element("testsuites", name="evcheck")
    checks = findings(result, mismatches_only=False)
    total = failures = 0
    for doc in result.documents:
        rows = checks[checks["file"] == doc.path] if len(checks) else checks
        suite = ET.SubElement(suites, "testsuite", name=doc.path)
        n_fail = 0
        for _, row in rows.iterrows():
            case = ET.SubElement(suite, "testcase", classname=f"evcheck.{row['rule']}",
                                 name=f"{doc.path}:{int(row['line'])}:{int(row['col'])} {row['subject_text']}",
                                 file=doc.path, line=str(int(row["line"])))
            if row["status"] == "mismatch":
                n_fail += 1
                failure = ET.SubElement(case, "failure", message=row["message"], type=row["severity"])
                failure.text = row["message"]
        suite.set("tests", str(len(rows)))
        suite.set("failures", str(n_fail))
        total += len(rows)
        failures += n_fail
    for err in result.errors:
        suite = ET.SubElement(suites, "testsuite", name=err.path, tests="1", errors="1")
        case = ET.SubElement(suite, "testcase", classname="evcheck.input", name=err.path)
        ET.SubElement(case, "error", message=err.reason)
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
