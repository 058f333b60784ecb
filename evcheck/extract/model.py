"""The `Figure`: a number as the text states it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, unsafe_hash=True)
class Figure:
    """A stated number. `low`/`high` hold its stated precision (rounding, then any hedge);
    `round_low`/`round_high` its rounding alone, so a check can tell which one it needed.
    Money values are in currency units, counts in units, percents and points in percent.

    Treated as immutable (`dataclasses.replace` makes a changed copy), but not frozen: a frozen
    dataclass sets each field through `object.__setattr__`, and figures, their places and their
    measures are made by the hundred for every article. The hash is the one frozen would give.
    """

    id: str
    text: str
    start: int
    end: int
    line: int
    col: int
    kind: str  # money | count | percent | points | multiple | number
    value: float
    unit: str | None
    low: float
    high: float
    round_low: float
    round_high: float
    hedge: str | None = None
    scale: str | None = None
    sentence: int = 0
    paragraph: int = 0
    is_range: bool = False
    assumption: str | None = None

    @property
    def relatable(self) -> bool:
        """Ranges never enter a relation: they state no single value."""
        return not self.is_range
