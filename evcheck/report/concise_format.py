"""`path:line:col: severity [rule] message`, one finding a line, for terminals that are not one.

Each message leads with what is wrong and the right value (see `editor`); a guessed article date or
conversions left unchecked for want of one get a `path: warning:` line before the summary.
"""

from __future__ import annotations

from evcheck.pipeline import Result
from evcheck.report.editor import date_warnings, severity_label, worded_rows
from evcheck.report.rows import suppressed
from evcheck.report.safe import printable


def lines(result: Result, show_ok: bool = False) -> list[str]:
    out = []
    checks = result.checks
    if len(checks):
        shown = ~checks["suppressed"].to_numpy(dtype=bool) & ((checks["status"].to_numpy() == "mismatch") | show_ok)
        for c in worded_rows(result, shown):  # only the rows shown are worded
            label = severity_label(c["status"], c["severity"])
            out.append(f"{printable(c['file'])}:{int(c['line'])}:{int(c['col'])}: {label} [{c['rule']}] {printable(c['headline'])}")
    for path, warning in date_warnings(result):
        out.append(f"{printable(path)}: warning: {printable(warning)}")
    s = result.summary()
    hidden = suppressed(result)
    passed = f"no findings: all {s['checks']} checks passed; " if s["checks"] and not s["mismatches"] else ""
    out.append(f"{passed}{s['files']} file(s), {s['figures']} figures, {s['checks']} checks: {s['ok']} ok, "
               f"{s['errors']} error(s), {s['warnings']} warning(s), {s['info']} info"
               + (f", {hidden} suppressed" if hidden else ""))
    return out


def render(result: Result, show_ok: bool = False) -> str:
    return "\n".join(lines(result, show_ok)) + "\n"
