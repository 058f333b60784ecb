"""GitHub Actions workflow commands: annotations on the right file and line, and a file-level
note where the article date was guessed or conversions went unchecked for want of one."""

from __future__ import annotations

from evcheck.pipeline import Result
from evcheck.report.editor import date_warnings, for_editors, worded_findings
from evcheck.report.rows import end_position
from evcheck.report.safe import printable


def _data(text: str) -> str:
    """A workflow command's message: GitHub's own escapes, then no control character left raw."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: Result) -> str:
    out = []
    for row in worded_findings(result):
        level = "error" if row["severity"] == "error" else "warning"
        end_line, end_col = end_position(result, row)
        out.append(
            f"::{level} file={_prop(row['file'])},line={int(row['line'])},col={int(row['col'])},"
            f"endLine={end_line},endColumn={end_col + 1},title={_prop('evcheck ' + row['rule'])}::{_data(for_editors(row))}"
        )
    for path, warning in date_warnings(result):
        # a guessed date is a notice (most archives have no dateline); unchecked conversions are a warning
        level = "notice" if warning.startswith("article date") else "warning"
        out.append(f"::{level} file={_prop(path)},title=evcheck date::{_data(warning)}")
    for err in result.errors:
        out.append(f"::error file={_prop(err.path)},title=evcheck input::{_data(err.reason)}")
    return "\n".join(out) + ("\n" if out else "")
