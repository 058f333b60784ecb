"""What every rule shares: its claims as column arrays, the stated/expected verdict, its output.

The claims table (tables.py) is one pandas DataFrame for all files. `check_columns` takes its columns
out once as arrays (`ClaimColumns`), and each rule reads its own rows of them (`Columns`): whole
columns at a time, with no per-rule merge, selection or Series. On an article of a few claims,
that per-call pandas overhead, not the arithmetic, was most of the time of a check. Only the
one-line messages are written row by row, from plain lists (`records`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from numpy.typing import ArrayLike

from evcheck.rules.interval import verdict_arrays

if TYPE_CHECKING:
    import pandas as pd

FRAME = ("s", "s_lo", "s_hi", "s_rlo", "s_rhi", "e", "e_lo", "e_hi", "e_rlo", "e_rhi")
OUTPUT = ("row", "status", "severity", "stated", "expected", "expected_low", "expected_high", "message", "figures")
# A rule's checks: each of OUTPUT as a column, an array or a list, one entry per check.
Checks = dict[str, np.ndarray | Sequence[object]]


class ClaimColumns:
    """The claims table as one array per column: the arrays it was built from (tables.claims_columns)
    when given, else taken out of the frame a dtype block at a time."""

    def __init__(self, claims: pd.DataFrame, arrays: dict[str, np.ndarray] | None = None) -> None:
        self.arrays: dict[str, np.ndarray] = {}
        if arrays is not None:
            self.arrays.update(arrays)
        else:
            for kind in ("float", "int", "bool", "other"):
                names = _columns_of(claims, kind)
                if names:
                    block = claims[names].to_numpy(dtype=object if kind == "other" else None)
                    self.arrays.update({name: block[:, k] for k, name in enumerate(names)})
        self.size = len(claims)

    def rows(self, at: ArrayLike) -> Columns:
        return Columns(self, np.asarray(at, dtype=np.intp))


def _columns_of(frame: pd.DataFrame, kind: str) -> list[str]:
    kinds = {"float": "f", "int": "iu", "bool": "b"}
    if kind == "other":
        return [c for c, t in frame.dtypes.items() if not (isinstance(t, np.dtype) and t.kind in "fiub")]
    return [c for c, t in frame.dtypes.items() if isinstance(t, np.dtype) and t.kind in kinds[kind]]


class Columns:
    """One rule's rows of the claims table: `c["new_low"]` is an array, taken on first use."""

    def __init__(self, table: ClaimColumns, at: np.ndarray) -> None:
        self.table = table
        self.at = at
        self._taken: dict[str, np.ndarray] = {}

    def __getitem__(self, name: str) -> np.ndarray:
        taken = self._taken.get(name)
        if taken is None:
            taken = self._taken[name] = self.table.arrays[name][self.at]
        return taken

    def __contains__(self, name: str) -> bool:
        return name in self.table.arrays

    def __len__(self) -> int:
        return len(self.at)

    @property
    def empty(self) -> bool:
        return len(self.at) == 0

    def replaced(self, **columns: np.ndarray) -> Columns:
        """The same rows with some columns read another way (a share's part from its parts)."""
        out = Columns(self.table, self.at)
        out._taken.update(self._taken, **columns)
        return out

    def where(self, keep: ArrayLike) -> Columns:
        """The rows where `keep` holds."""
        return Columns(self.table, self.at[np.asarray(keep, dtype=bool)])

    def take(self, positions: ArrayLike) -> Columns:
        return Columns(self.table, self.at[np.asarray(positions, dtype=np.intp)])


def num(values: ArrayLike) -> np.ndarray:
    return np.asarray(values, dtype=float)


def text(values: Iterable[object], fill: str = "") -> np.ndarray:
    """A text column with missing cells as `fill` (pandas' fillna)."""
    return np.array([v if isinstance(v, str) else fill for v in values], dtype=object)


def isna(values: ArrayLike) -> np.ndarray:
    """Missing cells: NaN in a number column, None or NaN in a text column."""
    cells = np.asarray(values)
    if cells.dtype.kind == "f":
        return np.isnan(cells)
    if cells.dtype.kind != "O":
        return np.zeros(cells.shape, dtype=bool)
    return np.fromiter((v is None or (isinstance(v, float) and v != v) for v in cells), dtype=bool, count=len(cells))


def notna(values: ArrayLike) -> np.ndarray:
    return ~isna(values)


def sign_of(sign: ArrayLike) -> np.ndarray:
    """±1 from a claim's stated direction (0, no direction, counts as up)."""
    return np.where(np.asarray(sign) < 0, -1, 1)


class Judged(NamedTuple):
    """One row of a verdict, as the messages read it."""

    s: float
    e: float
    e_lo: float
    e_hi: float
    status: str
    why: str
    wrong_sign: bool


def judge(n: int, s: ArrayLike, s_lo: ArrayLike, s_hi: ArrayLike, s_rlo: ArrayLike, s_rhi: ArrayLike,
          e: ArrayLike, e_lo: ArrayLike, e_hi: ArrayLike, e_rlo: ArrayLike, e_rhi: ArrayLike,
          band_abs: float, band_rel: float) -> dict[str, np.ndarray]:
    """The stated and recomputed intervals of n claims, and the verdict on them, as arrays."""
    frame = {name: _filled(x, n) for name, x in zip(FRAME, (s, s_lo, s_hi, s_rlo, s_rhi, e, e_lo, e_hi, e_rlo, e_rhi))}
    frame.update(verdict_arrays(frame, band_abs, band_rel))
    return frame


def _filled(x: ArrayLike, n: int) -> np.ndarray:
    """x as n floats of its own: a copy of a column, or a number repeated (np.broadcast_to and a
    copy did the same at several times the cost, ten times a verdict)."""
    column = np.asarray(x, dtype=float)
    return column.copy() if column.shape == (n,) else np.full(n, column, dtype=float)


def judged(frame: dict[str, np.ndarray]) -> Iterator[Judged]:
    return map(Judged._make, zip(*(frame[f].tolist() for f in Judged._fields)))


def choose(mask: ArrayLike, where_true: dict[str, np.ndarray], where_false: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Row by row: `where_true` where mask holds, else `where_false`."""
    holds = np.asarray(mask, dtype=bool)
    return {c: np.where(holds, where_true[c], where_false[c]) for c in where_false}


def records(claims: Columns, *columns: str) -> Iterator[tuple]:
    """The named columns row by row, as tuples of plain values."""
    return zip(*(claims[c].tolist() for c in columns))


def result(claims: Columns, frame: dict[str, np.ndarray], messages: list[str], stated: ArrayLike | None = None) -> Checks:
    """A rule's checks: one per claim, in the claims' order."""
    return {
        "row": claims.at,
        "status": np.asarray(frame["status"], dtype=object),
        "severity": np.asarray(frame["severity"], dtype=object),
        "stated": np.asarray(frame["s"] if stated is None else stated, dtype=float),
        "expected": np.asarray(frame["e"], dtype=float),
        "expected_low": np.asarray(frame["e_lo"], dtype=float),
        "expected_high": np.asarray(frame["e_hi"], dtype=float),
        "message": messages,
        "figures": [None] * len(claims),
    }


def no_checks() -> Checks:
    return {name: [] for name in OUTPUT}
