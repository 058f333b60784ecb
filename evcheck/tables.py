"""Tables layer: the figures and claims of all documents as two pandas DataFrames.

Claims are widened so that every role a rule reads (rate, new, old, parts, …) has its own
value/low/high/round_low/round_high columns; each rule then works on whole columns at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from evcheck.extract.model import Figure
from evcheck.relate.model import Claim

if TYPE_CHECKING:
    from evcheck.relate.links import Link
    from evcheck.relate.vocabulary import Measure

ROLES = ("rate", "new", "old", "change", "share", "part", "total", "amount", "converted", "parts", "figure")
NUMERIC = ("value", "low", "high", "round_low", "round_high")
FIGURE_COLUMNS = [f.name for f in fields(Figure)]
_figure_cells = attrgetter(*FIGURE_COLUMNS)  # a figure's fields as one tuple, in one call


MEASURE_COLUMNS = ("measure_entity", "measure_metric", "measure_segment", "measure_period", "measure_role")
# a claim's figures in one role: the claim's row, the figures' rows (-1: not in the table), negated, their ids
RoleRow = tuple[int, list[int], bool, tuple[str, ...]]


def figures_table(per_file: dict[str, list[Figure]], links: dict[str, dict[str, Link]] | None = None,
                  measures: dict[str, dict[str, Measure]] | None = None, unchecked: list[str | None] | None = None,
                  arrays: dict[str, Any] | None = None) -> pd.DataFrame:
    """One row per figure; entity, metric and period where the text links them to the reference,
    and what the figure measures (measure_*), as the relation finders read it. `unchecked`, one
    per figure, becomes the last column, `unchecked_reason`, as if set on the frame after it was
    made (a set column and the file and id read back for it cost a fifth of a millisecond a call);
    `arrays`, when given, is filled as frame_of fills it."""
    links = links or {}
    measures = measures or {}
    rows = []
    for path, figs in per_file.items():
        linked = links.get(path, {})
        measured = measures.get(path, {})
        for f in figs:
            link = linked.get(f.id)
            m = measured.get(f.id)
            rows.append((path, *_figure_cells(f),
                         link.entity if link else None, link.metric if link else None, link.period if link else None,
                         *(_measure_cells(m) if m is not None else (None,) * len(MEASURE_COLUMNS))))
    names = ["file", *FIGURE_COLUMNS, "entity", "metric", "period", *MEASURE_COLUMNS]
    if not rows:
        empty = pd.DataFrame(rows, columns=names)
        if unchecked is not None:
            empty["unchecked_reason"] = unchecked  # set on the empty frame, its dtype as before
        return empty
    columns: dict[str, Sequence[Any]] = dict(zip(names, zip(*rows)))
    if unchecked is not None:
        columns["unchecked_reason"] = unchecked
    return frame_of(columns, arrays)


def frame_of(columns: Mapping[str, Sequence[Any] | np.ndarray], arrays: dict[str, Any] | None = None) -> pd.DataFrame:
    """pd.DataFrame(columns), built from typed blocks where the values show their type (pandas 3):
    ints, floats and bools as NumPy blocks, text (with None or NaN) as pandas' str arrays, tuples,
    dicts or only None as objects, just as pandas would infer them. Inferring each column cost
    pandas about 30 µs, a millisecond for the figures table of a small article. A column of any other
    mixture, or pandas 2, leaves the whole frame to pandas. Where the frame is made of typed
    blocks, `arrays` (when given) receives each column's block, which its readers may take instead
    of asking the frame for the column (claims_columns: a column out of a frame costs 15 µs)."""
    n = len(next(iter(columns.values()), ()))
    blocks = [typed(values) for values in columns.values()] if _from_blocks is not None and n else None
    if blocks is None or any(b is None for b in blocks):
        return pd.DataFrame({name: list(values) if isinstance(values, tuple) else values for name, values in columns.items()})
    if arrays is not None:
        arrays.update(zip(columns, blocks))
    grouped: dict[Any, list[int]] = {}
    for k, b in enumerate(blocks):
        if isinstance(b, np.ndarray):
            grouped.setdefault(b.dtype, []).append(k)
    out = [(np.stack([blocks[k] for k in at]), np.array(at, dtype=np.intp)) for at in grouped.values()]
    out += [(b, np.array([k], dtype=np.intp)) for k, b in enumerate(blocks) if not isinstance(b, np.ndarray)]
    return _from_blocks(out, index=pd.RangeIndex(n), columns=_column_index(tuple(columns)))


_PLAIN = {int: np.int64, float: np.float64, bool: np.bool_}
_OBJECTS = {tuple, dict, frozenset, type(None)}


def typed(values: Sequence[Any] | np.ndarray) -> Any:
    """The column pandas would make of `values`, where one kind of value shows what it is: a NumPy
    array, or pandas' str array for text with None or NaN; None for a mixture left to pandas."""
    if isinstance(values, np.ndarray) and values.dtype != object:
        return values
    kinds = set(map(type, values))
    if len(kinds) == 1 and (kind := next(iter(kinds))) in _PLAIN:
        try:
            return np.array(values, dtype=_PLAIN[kind])
        except OverflowError:  # an int beyond int64
            return None
    if str in kinds and kinds <= {str, type(None), float} and (
            float not in kinds or all(v != v for v in values if type(v) is float)):
        dtype, array = _string_array()
        return array._from_sequence(np.asarray(values, dtype=object), dtype=dtype, copy=True)
    if kinds <= _OBJECTS:
        out = np.empty(len(values), dtype=object)
        out[:] = values
        return out
    return None


@lru_cache(maxsize=1)
def _string_array() -> tuple[Any, Any]:
    """The dtype pandas 3 gives a column of text, with the storage the pipeline sets (asked on first
    use, after the pipeline has set it), and its array type: pd.array hands an extension dtype's
    column to that type's constructor, after checks of its arguments that cost twice the column."""
    dtype = pd.DataFrame({"a": np.array(["x"], dtype=object)})["a"].dtype
    return dtype, dtype.construct_array_type()


def _measure_cells(m: Measure) -> tuple[str | None, ...]:
    segment = "+".join(sorted(x.split(":", 1)[-1] for x in m.segment)) or None
    metric = None if m.metric is None or m.metric.startswith("other:") else m.metric
    return (m.entity, metric, segment, m.period if m.period != "*" else None, m.role)


ROLE_TEXT = ("text", "hedge", "unit", "id", "kind", "assumption")
SUBJECT_COLUMNS = {"line": "line", "col": "col", "start": "start", "end": "end", "text": "subject_text",
                   "value": "subject_value", "unit": "subject_unit", "assumption": "assumption"}


def claims_table(per_file: dict[str, list[Claim]], figures: pd.DataFrame) -> pd.DataFrame:
    """One row per claim, with each role's figure in columns `{role}_{field}`."""
    return claims_frame(claims_columns(per_file, figures))


def claims_frame(columns: dict[str, np.ndarray]) -> pd.DataFrame:
    """The claims table from its columns, one block per dtype: object, not str, for text, since
    pyarrow-backed strings cost a take per column on every selection; and no frame per column,
    which cost more than all the rules on a small article. The blocks are handed to pandas as
    they are where it can take them (pandas 3): three frames and a concat of them cost
    three times as much on a small article."""
    n = len(columns["key"])
    blocks = []
    names: list[str] = []
    for kinds in ("O", "f", "iub"):  # columns grouped by kind: text and objects, numbers, integers
        group = [name for name, values in columns.items() if values.dtype.kind in kinds]
        if not group:
            continue
        block = np.empty((len(group), n), dtype=object if kinds == "O" else np.result_type(*(columns[g] for g in group)))
        for k, name in enumerate(group):
            block[k] = columns[name]
        blocks.append((block, np.arange(len(names), len(names) + len(group))))
        names += group
    if _from_blocks is None:
        return pd.concat([pd.DataFrame(block.T, columns=names[at[0]:at[-1] + 1], dtype=object if block.dtype == object else None,
                                       copy=False) for block, at in blocks], axis=1)
    return _from_blocks(blocks, index=pd.RangeIndex(n), columns=_column_index(tuple(names)))


try:
    from pandas.api.internals import create_dataframe_from_blocks as _from_blocks
except ImportError:  # pandas 2
    _from_blocks = None


@lru_cache(maxsize=8)
def _column_index(names: tuple[str, ...]) -> pd.Index:
    """The claims table's column labels: the same few sets every call, and an Index is immutable."""
    return pd.Index(names)


def claims_columns(per_file: dict[str, list[Claim]], figures: pd.DataFrame, arrays: Mapping[str, Any] | None = None) -> dict[str, np.ndarray]:
    """The claims table's columns as arrays (see claims_frame), which the rules also read directly.

    Built by position, not by merge and unstack: a lookup from (file, id) to the figure's row, then
    one take per column. The parts of a sum are added up (values, NaN as 0) and joined (text);
    their other fields are the first one given. The figures' columns are read from `arrays`, the
    blocks the table was made of (see frame_of), where it has them.
    """
    column = _FigureColumns(figures, arrays)
    at = {key: n for n, key in enumerate(zip(column("file").tolist(), column("id").tolist()))}
    # column by column: a five-column frame taken out of the table only to be read back cost four times as much
    numbers = np.column_stack([column(c, float) for c in NUMERIC]) if len(figures) else np.empty((0, len(NUMERIC)))
    words = {col: column(col, object) for col in ROLE_TEXT}
    base: dict[str, list] = {c: [] for c in ("key", "file", "rule", "subject", "figures", "sign", "basis", "mode", "note", "extra")}
    role_rows: dict[str, list[RoleRow]] = {role: [] for role in ROLES}
    subject_rows = []
    n = 0
    for path, claims in per_file.items():
        for i, c in enumerate(claims):
            for name, value in (("key", f"{path}\x00{i}"), ("file", path), ("rule", c.rule), ("subject", c.subject),
                                ("figures", c.figures), ("sign", c.sign), ("basis", c.basis), ("mode", c.mode),
                                ("note", c.note), ("extra", c.extra)):
                base[name].append(value)
            negative = c.extra.get("negative_roles", ())
            for role, ids in c.roles.items():
                ids = ids if isinstance(ids, tuple) else (ids,)
                role_rows.setdefault(role, []).append((n, [at.get((path, fid), -1) for fid in ids], role in negative, ids))
            subject_rows.append(at.get((path, c.subject), -1))
            n += 1
    columns = {name: _objects(values) for name, values in base.items()}
    for name in ("subject", "basis", "mode", "note"):  # a missing word is NaN, as in the figures table
        columns[name][np.array([v is None for v in base[name]], dtype=bool)] = np.nan
    columns["sign"] = np.asarray(base["sign"], dtype=np.int64)
    for role, rows in role_rows.items():
        columns.update(_role_columns(role, rows, n, numbers, words))
    subject = np.asarray(subject_rows, dtype=np.intp)
    for col, name in SUBJECT_COLUMNS.items():  # the text columns as taken out for the roles: once, not twice
        columns[name] = _take(words[col] if col in words else column(col), subject)
    return columns


class _FigureColumns:
    """A column of the figures table as `frame[name].to_numpy(dtype)` gives it, from the column's
    typed block where there is one: NumPy arrays as they are, pandas' str arrays through their own
    to_numpy, which the frame's column calls."""

    def __init__(self, frame: pd.DataFrame, arrays: Mapping[str, Any] | None) -> None:
        self.frame = frame
        self.arrays = arrays or {}

    def __call__(self, name: str, dtype: Any = None) -> Any:
        block = self.arrays.get(name)
        if block is None:
            return self.frame[name].to_numpy(dtype)
        if isinstance(block, np.ndarray):
            return block if dtype is None else np.asarray(block, dtype=dtype)
        return block.to_numpy(dtype)


def _objects(values: list) -> np.ndarray:
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _take(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """values[rows], NaN where a row is -1 (a figure the table does not hold)."""
    missing = rows < 0
    if not missing.any():
        return values[rows]
    out = values.astype(float if values.dtype.kind in "iufb" else object)[np.where(missing, 0, rows)] if len(values) else np.full(len(rows), np.nan, dtype=object)
    out[missing] = np.nan
    return out


def _role_columns(role: str, rows: list[RoleRow], n: int, numbers: np.ndarray,
                  words: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    num = np.full((n, len(NUMERIC)), np.nan)
    text = {col: np.full(n, np.nan, dtype=object) for col in ROLE_TEXT}
    if role == "parts":
        for claim, found, negative, ids in rows:
            picked = numbers[[f for f in found if f >= 0]]
            values = picked.sum(axis=0) if len(picked) else np.zeros(len(NUMERIC))
            if negative:
                values = _negated(values)
            num[claim] = values
            for col in ROLE_TEXT:
                cells = [words[col][f] for f in found if f >= 0]
                if col == "text":  # of the parts the table holds, as their values are
                    text[col][claim] = " + ".join(cells)
                elif col == "id":
                    text[col][claim] = ",".join(ids)
                else:
                    text[col][claim] = next((x for x in cells if not _missing(x)), np.nan)
    elif rows:  # one figure a claim: its row of each column, taken for all the claims at once
        claim_at = np.fromiter((r[0] for r in rows), dtype=np.intp, count=len(rows))
        figure_at = np.fromiter((r[1][0] for r in rows), dtype=np.intp, count=len(rows))
        for claim, f, ids in zip(claim_at.tolist(), figure_at.tolist(), (r[3] for r in rows)):
            if f < 0:
                text["id"][claim] = ids[0]  # a figure the table does not hold keeps its id only
        held = figure_at >= 0
        kept, at = claim_at[held], figure_at[held]
        num[kept] = numbers[at]
        flip = held & np.fromiter((r[2] for r in rows), dtype=bool, count=len(rows))
        if flip.any():
            num[claim_at[flip]] = _negated_rows(numbers[figure_at[flip]])
        for col in ROLE_TEXT:
            text[col][kept] = words[col][at]
    out = {f"{role}_{col}": num[:, k] for k, col in enumerate(NUMERIC)}
    out.update({f"{role}_{col}": values for col, values in text.items()})
    return out


def _negated(values: np.ndarray) -> np.ndarray:
    """A loss stated as an amount ("from a loss of 95.8 billion yen") enters a swing as negative:
    value, low, high, round_low, round_high → -value, -high, -low, -round_high, -round_low."""
    v, lo, hi, rlo, rhi = values
    return np.array([-v, -hi, -lo, -rhi, -rlo])


def _negated_rows(rows: np.ndarray) -> np.ndarray:
    """_negated of each row."""
    return -rows[:, [0, 2, 1, 4, 3]]


def _missing(x: object) -> bool:
    return x is None or (isinstance(x, float) and x != x)
