"""GitHub Actions workflow commands: annotations on the right file and line."""

from __future__ import annotations

from evcheck.pipeline import Result
from evcheck.report.rows import end_position, findings
from evcheck.report.safe import printable


def _data(text: str) -> str:
    """A workflow command's message: GitHub's own escapes, then no control character left raw."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(result: Result) -> str:
    out = []
    for _, row in findings(result).iterrows():
        level = "error" if row["severity"] == "error" else "warning"
        end_line, end_col = end_position(result, row)
        out.append(
            f"::{level} file={_prop(row['file'])},line={int(row['line'])},col={int(row['col'])},"
            f"endLine={end_line},endColumn={end_col + 1},title={_prop('evcheck ' + row['rule'])}::{_data(row['message'])}"
        )
    for err in result.errors:
        out.append(f"::error file={_prop(err.path)},title=evcheck input::{_data(err.reason)}")
    return "\n".join(out) + ("\n" if out else "")
