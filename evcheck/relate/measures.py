"""The measures table: one row per figure of every file, with what it measures.

Relation finders that work by measure (`shares.py`, `breakdowns.py`, `rates.py`) join this table
with itself: a share with the part and the total of its period, segments with their total, a
rate with the level it describes. Figures already taken by a claim found in the figure's own
words keep that role, so a join only adds what the words alone could not pair.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from evcheck.cache import regex
from evcheck.extract.lexicon import PHYSICAL_UNITS
from evcheck.extract.model import Figure
from evcheck.relate.model import OPEN_TOTAL, Claim
from evcheck.relate.vocabulary import Measure

COLUMNS = ["file", "id", "text", "scale", "kind", "unit", "value", "low", "high", "start", "sentence", "paragraph",
           "entity", "metric", "segment", "period", "role", "basis", "sign", "of_metric", "of_segment", "item", "complete", "versus", "whole", "restates", "of_figure", "of_market", "scope", "taken"]
QUANTITY = ("money", "count", "number")
PER_UNIT = "other:per_unit"  # a price or an amount per vehicle: never a part or a whole of a sum or a share


_SENTENCE_END = regex(r"[.!?](?:\s|$)|\n")


def opening_end(rows: list[Row], text: str) -> int:
    """Where an article's opening words end (`rows`: its measures): the end of the sentence of its first amount (never a
    "Channel 9" in a transcript's header). They name its subject or scope."""
    first = min((r.start for r in rows if r.kind in QUANTITY and r.value >= 100), default=0)
    end = _SENTENCE_END.search(text, first)
    return end.start() if end else len(text)


def taken_roles(claims: list[Claim]) -> dict[str, set[str]]:
    """The rules each figure already serves in, as (rule:role) strings."""
    out: dict[str, set[str]] = {}
    for c in claims:
        for role, ids in c.roles.items():
            if role == "total" and c.extra.get(OPEN_TOTAL):
                continue  # a table's column against it: the prose may still break it down another way
            for fid in ids if isinstance(ids, tuple) else (ids,):
                out.setdefault(fid, set()).add(f"{c.rule}:{role}")
    return out


def measures_rows(path: str, figures: list[Figure], measures: dict[str, Measure], claims: list[Claim]) -> list[tuple]:
    taken = taken_roles(claims)
    rows = []
    for f in figures:
        m = measures.get(f.id)
        if m is None:
            continue
        rows.append((path, f.id, f.text, f.scale, f.kind, f.unit, f.value, f.low, f.high, f.start, f.sentence, f.paragraph,
                     m.entity, m.metric, m.segment, m.period, m.role, m.basis, m.sign, m.of_metric, m.of_segment,
                     m.item, m.complete, m.versus, m.whole, m.restates, m.of_figure, m.of_market, m.scope, frozenset(taken.get(f.id, ()))))
    return rows


def measures_table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


_NAN = float("nan")


def _as_frame_gives(columns: list[tuple]) -> list[tuple] | None:
    """The columns as `pd.DataFrame(rows).to_numpy(dtype=object)` gives them, or None for a column
    this does not cover. A column of text and None is a string column there, None read back as NaN;
    one of None only, numbers of one type, or frozensets (with None) come back as they went in."""
    out = []
    for values in columns:
        kinds = set(map(type, values))
        if kinds == {str, type(None)}:
            values = tuple(_NAN if v is None else v for v in values)
        elif not (len(kinds) == 1 and kinds <= {str, float, int, bool, type(None), frozenset}
                  or kinds == {frozenset, type(None)}):
            return None
        out.append(values)
    return out


def units_agree(a: object, b: object) -> bool:
    """One unit, or a bare number beside a count of things ("18,940 people, up from 18,315"); a bare
    number is never a quantity of a physical unit ("124.3 GWh, or 41.6%" is no share of "24,860")."""
    a, b = (u if isinstance(u, str) else None for u in (a, b))
    if a is None or b is None:
        return not PHYSICAL_UNITS.fullmatch(a or b or "")
    return a == b


class Row(NamedTuple):
    """One row of the measures table as the joins read it: a text the table holds none of is NaN
    there (`str | float`), as pandas gives it, or None in a column of none but None."""

    file: str
    id: str
    text: str
    scale: str | float | None
    kind: str
    unit: str | float | None
    value: float
    low: float
    high: float
    start: int
    sentence: int
    paragraph: int
    entity: str | float | None
    metric: str | float | None
    segment: frozenset[str]
    period: str | float | None
    role: str
    basis: str
    sign: int
    of_metric: str | float | None
    of_segment: frozenset[str] | None
    item: str | float | None
    complete: bool
    versus: str | float | None
    whole: bool
    restates: str | float | None
    of_figure: str | float | None
    of_market: bool
    scope: str | float | None
    taken: frozenset[str]


class Records:
    """The measures table read once for all the joins of a call: its rows in order, by file, by file
    in text order (files in sorted order), and by (file, id). Each join then filters a few plain
    rows, where a mask, an `itertuples` or a `to_dict` of its own cost a millisecond or more on the
    table's 28 columns."""

    def __init__(self, table: pd.DataFrame):
        frame = table if list(table.columns) == COLUMNS else table[COLUMNS]
        self._index([Row._make(r) for r in frame.to_numpy(dtype=object).tolist()])

    @classmethod
    def of_rows(cls, rows: list[tuple]) -> Records:
        """The Records of the measures table that `rows` (measures_rows) make, read as the frame would
        give them back, without the frame: building 28 columns only to read them again cost more
        than a millisecond a call. Rows holding values the frame would convert otherwise than
        `_as_frame_gives` does go through the frame."""
        columns = _as_frame_gives(list(zip(*rows))) if rows else []
        if columns is None:
            return cls(measures_table(rows))
        records = cls.__new__(cls)
        records._index([Row._make(r) for r in zip(*columns)])
        return records

    def _index(self, rows: list[Row]) -> None:
        self.rows = rows
        self.by_file: dict[str, list[Row]] = {}
        self.by_key: dict[tuple[str, str], Row] = {}
        for r in self.rows:
            self.by_file.setdefault(r.file, []).append(r)
            self.by_key.setdefault((r.file, r.id), r)
        self.in_text_order = {path: sorted(rows, key=lambda r: r.start)
                              for path, rows in sorted(self.by_file.items(), key=lambda item: item[0])}

    def owner_among_names(self, part: Row, total: Row) -> bool:
        """"Hanbit earned $9.4 billion, or 38.2% of its sales" below a ranking of ten: where neither amount carries a
        name and the period's amounts carry two names or more, "its" is one of them, never the whole the words found."""
        names = {x for r in self.by_file[part.file] if r.period == part.period and r.kind == part.kind
                 for x in r.segment if x.startswith("name:")}
        return len(names) > 1 and not any(x.startswith("name:") for x in part.segment | total.segment)

