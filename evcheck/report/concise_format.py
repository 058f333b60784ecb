"""`path:line:col: severity [rule] message`, one finding a line, for terminals that are not one."""

from __future__ import annotations

from evcheck.pipeline import Result
from evcheck.report.rows import suppressed
from evcheck.report.safe import printable


def lines(result: Result, show_ok: bool = False) -> list[str]:
    out = []
    checks = result.checks
    if len(checks):
        shown = checks[~checks["suppressed"] & ((checks["status"] == "mismatch") | show_ok)]
        for _, c in shown.iterrows():
            label = c["severity"] if c["status"] == "mismatch" else c["status"]
            out.append(f"{printable(c['file'])}:{int(c['line'])}:{int(c['col'])}: {label} [{c['rule']}] {printable(c['message'])}")
    s = result.summary()
    hidden = suppressed(result)
    out.append(f"{s['files']} file(s), {s['figures']} figures, {s['checks']} checks: {s['ok']} ok, "
               f"{s['errors']} error(s), {s['warnings']} warning(s), {s['info']} info"
               + (f", {hidden} suppressed" if hidden else ""))
    return out


def render(result: Result, show_ok: bool = False) -> str:
    return "\n".join(lines(result, show_ok)) + "\n"
