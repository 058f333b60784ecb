"""JUnit XML: a test suite per article, a test case per check, a failure per mismatch.

XML 1.0 cannot hold most control characters at all, so every piece of user text is shown with
them escaped.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from evcheck.pipeline import Result
from evcheck.report.editor import date_warnings, plain_words, worded_findings
from evcheck.report.safe import printable as p


def render(result: Result) -> str:
    suites = ET.Element("testsuites", name="evcheck")
    checks = worded_findings(result, mismatches_only=False)
    warned = dict(date_warnings(result))
    total = failures = 0
    for doc in result.documents:
        rows = [row for row in checks if row["file"] == doc.path]
        path = p(doc.path)
        suite = ET.SubElement(suites, "testsuite", name=path)
        n_fail = 0
        for row in rows:
            case = ET.SubElement(suite, "testcase", classname=f"evcheck.{row['rule']}",
                                 name=f"{path}:{int(row['line'])}:{int(row['col'])} {p(row['subject_text'])}",
                                 file=path, line=str(int(row["line"])))
            if row["status"] == "mismatch":
                n_fail += 1
                failure = ET.SubElement(case, "failure", message=p(row["headline"]), type=row["severity"])
                failure.text = p(plain_words(str(row["message"])))
        props = ET.Element("properties")  # the date the article was read at, first as JUnit wants
        ET.SubElement(props, "property", name="date", value=p(doc.date or ""))
        ET.SubElement(props, "property", name="date_source", value=p(doc.date_source or ""))
        suite.insert(0, props)
        if doc.path in warned:
            ET.SubElement(suite, "system-err").text = p("warning: " + warned[doc.path])
        suite.set("tests", str(len(rows)))
        suite.set("failures", str(n_fail))
        total += len(rows)
        failures += n_fail
    for err in result.errors:
        suite = ET.SubElement(suites, "testsuite", name=p(err.path), tests="1", errors="1")
        case = ET.SubElement(suite, "testcase", classname="evcheck.input", name=p(err.path))
        ET.SubElement(case, "error", message=p(err.reason))
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
