"""The review of one article, figure by figure: what the HTML report and `verify --explain` show.

Every figure gets a state — the worst verdict among the checks that test its stated value (error,
warning, ok, info), "input" when it only fed other figures' checks, "unchecked" when it took part
in none — and, when unchecked, the reason the data can honestly give: the relation it was found in
but not checked, a suppression, or what its measure lacked (a share with no total, a change with
no level). The relate layer does not yet record why it left a figure alone ("two totals could
fit"); when the figures table carries an `unchecked_reason` column, that reason is shown first.
Otherwise nothing here goes beyond what the figure's measure role and the claims found say.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from evcheck.pipeline import Result
from evcheck.report.editor import RULE_NAMES, date_line, date_warnings, plain_words, severity_label, worded_rows

STATES = ("error", "warning", "ok", "info", "input", "unchecked")
STATE_RANK = {s: i for i, s in enumerate(STATES)}

# what a figure in each measure role needed to be checked, and did not find
_ROLE_REASON = {
    "level": "no earlier value, change, total or share found for it",
    "earlier": "no later value found to compare it with",
    "rate": "no value found that this change leads to (no earlier or later value)",
    "multiple": "no earlier and later value found for this multiple",
    "points": "no two percentages found for this change in points",
    "change": "no level found that this change leads to",
    "share": "total not found",
    "converted": "the amount it converts was not found",
    "bound": "a threshold (“topped”, “over”), not a level: nothing to recompute",
    "forecast": "a forecast: nothing to recompute yet",
}


@dataclass(frozen=True)
class CheckView:
    id: str
    rule: str
    rule_name: str
    label: str  # error | warning | ok | info
    figures: tuple[str, ...]
    subject: str
    headline: str
    arithmetic: str
    line: int
    col: int


@dataclass(frozen=True)
class FigureView:
    id: str
    text: str
    start: int
    end: int
    line: int
    col: int
    kind: str
    measure: dict | None
    state: str
    tested_by: tuple[str, ...]  # checks of its stated value
    used_by: tuple[str, ...]  # checks it fed
    reason: str | None

    @property
    def checks(self) -> tuple[str, ...]:
        return self.tested_by + self.used_by


@dataclass(frozen=True)
class DocumentView:
    path: str
    text: str
    date: str | None
    date_source: str | None
    date_line: str
    warnings: tuple[str, ...]
    figures: list[FigureView]
    checks: list[CheckView]
    counts: dict = field(default_factory=dict)

    def check(self, check_id: str) -> CheckView:
        return next(c for c in self.checks if c.id == check_id)

    def figure(self, figure_id: str) -> FigureView:
        return next(f for f in self.figures if f.id == figure_id)


def _clean(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _measure(row: dict) -> dict | None:
    if _clean(row.get("measure_role")) is None:
        return None
    segment = _clean(row.get("measure_segment"))
    return {"entity": _clean(row.get("measure_entity")), "metric": _clean(row.get("measure_metric")),
            "segment": segment.split("+") if isinstance(segment, str) and segment else [], "period": _clean(row.get("measure_period")),
            "role": row["measure_role"]}


def _reason(row: dict, measure: dict | None, claimed_rules: list[str], suppressed_only: bool) -> str:
    recorded = row.get("unchecked_reason")  # where the relate layer records why it left a figure alone
    if isinstance(recorded, str) and recorded:
        return recorded
    if suppressed_only:
        return "its checks are suppressed (a comment in the article or the baseline)"
    if claimed_rules:
        names = ", ".join(sorted({RULE_NAMES.get(r, r) for r in claimed_rules}))
        return f"found in a {names} relation that was not checked (rule not selected, or an input missing)"
    if bool(row.get("is_range")):
        return "a range: it states no single value"
    if measure is None:
        return "no unit or measure read for it, so no relation" if row.get("kind") == "number" else "not read as a measure"
    reason = _ROLE_REASON.get(measure["role"], "no relation found for it")
    if measure["metric"] is None and measure["role"] in ("level", "earlier", "change"):
        reason += "; what it counts is not known"
    return reason


def review(result: Result) -> list[DocumentView]:
    """One view per document: its figures in text order, each with its checks or why it has none."""
    rows = worded_rows(result)
    claims = result.claims
    views = []
    for doc in result.documents:
        checks = [c for c in rows if c["file"] == doc.path]
        visible = [c for c in checks if not c["suppressed"]]
        check_views = [
            CheckView(c["id"], c["rule"], RULE_NAMES.get(c["rule"], c["rule"]), severity_label(c["status"], c["severity"]),
                      tuple(c["figures"]), c["subject"], c["headline"], plain_words(str(c["message"])),
                      int(c["line"]), int(c["col"]))
            for c in visible
        ]
        hidden_ids = {c["id"] for c in checks} - {c["id"] for c in visible}
        suppressed_figures = {f for c in checks if c["id"] in hidden_ids for f in c["figures"]}
        doc_claims = claims[claims["file"] == doc.path] if len(claims) else claims
        claimed: dict[str, list[str]] = {}
        for c in doc_claims.to_dict("records"):
            for fid in c["figures"]:
                claimed.setdefault(fid, []).append(c["rule"])
        figures = []
        figs = result.figures[result.figures["file"] == doc.path].sort_values("start")
        for row in figs.to_dict("records"):
            fid = row["id"]
            tested = tuple(c.id for c in check_views if c.subject == fid)
            used = tuple(c.id for c in check_views if fid in c.figures and c.subject != fid)
            if tested:
                state = min((next(c for c in check_views if c.id == i).label for i in tested), key=STATE_RANK.__getitem__)
            else:
                state = "input" if used else "unchecked"
            measure = _measure(row)
            reason = None if (tested or used) else _reason(row, measure, claimed.get(fid, []), fid in suppressed_figures)
            figures.append(FigureView(fid, row["text"], int(row["start"]), int(row["end"]), int(row["line"]), int(row["col"]),
                                      row["kind"], measure, state, tested, used, reason))
        counts = {state: sum(1 for f in figures if f.state == state) for state in STATES}
        labels = [c.label for c in check_views]
        counts.update({"figures": len(figures), "checked": sum(1 for f in figures if f.checks),
                       "checks": len(check_views), "errors": labels.count("error"), "warnings": labels.count("warning"),
                       "ok_checks": labels.count("ok"), "info_checks": labels.count("info")})
        warnings = tuple(w for p, w in date_warnings(result) if p == doc.path)
        views.append(DocumentView(doc.path, doc.text, doc.date, doc.date_source, date_line(doc), warnings,
                                  figures, check_views, counts))
    return views


def measure_words(measure: dict | None) -> str:
    """“Xiaomi · revenue · 2025-Q2 · level”: what a figure measures, as far as it was read."""
    if not measure:
        return "measure not read"
    parts = [measure.get("entity"), measure.get("metric"), "+".join(measure.get("segment") or []) or None,
             measure.get("period"), f"role: {measure.get('role')}"]
    return " · ".join(str(p).replace("_", " ") for p in parts if p)
