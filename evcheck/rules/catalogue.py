"""The rule catalogue: every rule's stable name, summary, doc and examples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from evcheck.fx import Rates
    from evcheck.rules._frame import Checks, Columns


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str
    doc: str
    flagged: str
    fine: str
    check: Callable[[Columns, CheckContext], Checks]  # the rule's claims → its checks (see _frame.result)
    # The warning band: a mismatch within it of the recomputed value is a warning, beyond it an
    # error. `[tolerance] <name> = …` in evcheck.toml sets it; None: the rule has no band to set.
    default_band: float | None = None
    band: str = ""  # what the band measures, for `evcheck rules NAME`


@dataclass
class CheckContext:
    """What a rule may need besides the claims: article dates, rates, reference figures."""

    dates: dict[str, tuple[str | None, str | None, str | None]]  # date, its source, latest period end
    rates: Rates | None = None
    reference: pd.DataFrame | None = None
    tolerance: dict[str, float] = field(default_factory=dict)
    known: dict[tuple, tuple] | None = None  # the reference's known figures by key (data.Reference.known)

    def band(self, rule: str, default: float) -> float:
        """The warning band of a rule: mismatches inside it are warnings, beyond it errors. Every
        rule reads its band here, never a number of its own, so the configuration reaches it."""
        return self.tolerance.get(rule, default)
