"""The rule catalogue: every rule's stable name, summary, doc and examples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from evcheck.rules._frame import Columns


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str
    doc: str
    flagged: str
    fine: str
    check: Callable[[Columns, CheckContext], dict]  # the rule's claims → its checks (see _frame.result)


@dataclass
class CheckContext:
    """What a rule may need besides the claims: article dates, rates, reference figures."""

    dates: dict[str, tuple[str | None, str | None, str | None]]  # date, its source, latest period end
    rates: object | None = None
    reference: pd.DataFrame | None = None
    tolerance: dict[str, float] = field(default_factory=dict)
    known: dict[tuple, tuple] | None = None  # the reference's known figures by key (data.Reference.known)

    def band(self, rule: str, default: float) -> float:
        """The warning band of a rule: mismatches inside it are warnings, beyond it errors."""
        return self.tolerance.get(rule, default)
