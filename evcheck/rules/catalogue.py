"""The rule catalogue: every rule's stable name, summary, doc, examples and warning band.

Plain text and numbers, with no NumPy or pandas: `evcheck rules`, `--help` and the configuration's
tolerance keys read it at start-up. A rule's code (evcheck/rules/<module>.py, its `check`) is
imported when a check first runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

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
    module: str  # evcheck.rules.<module> holds the rule's `check`
    # The warning band: a mismatch within it of the recomputed value is a warning, beyond it an
    # error. `[tolerance] <name> = …` in evcheck.toml sets it; None: the rule has no band to set.
    default_band: float | None = None
    band: str = ""  # what the band measures, for `evcheck rules NAME`

    @property
    def check(self) -> Callable[[Columns, CheckContext], Checks]:
        """The rule's claims → its checks (see _frame.result); its module is imported on first use."""
        return cast("Callable[[Columns, CheckContext], Checks]",
                    importlib.import_module(f"evcheck.rules.{self.module}").check)


@dataclass
class CheckContext:
    """What a rule may need besides the claims: article dates, rates, reference figures."""

    dates: dict[str, tuple[str | None, str | None, str | None]]  # date, its source, latest period end
    rates: Rates | None = None
    reference: pd.DataFrame | None = None
    tolerance: dict[str, float] = field(default_factory=dict)
    known: dict[tuple, tuple] | None = None  # the reference's known figures by key (data.Reference.known)

    def band(self, rule: str) -> float:
        """The warning band of a rule: mismatches inside it are warnings, beyond it errors. Every
        rule reads its band here, the configured one or the catalogue's default, never a number of
        its own, so the configuration reaches it."""
        band = self.tolerance.get(rule, RULES[rule].default_band)
        if band is None:
            raise KeyError(f"rule {rule!r} has no warning band")
        return band


RULES: dict[str, Rule] = {
    r.name: r
    for r in (
    Rule(
        name="growth",
        summary="A stated growth rate must match the change between the two values it links.",
        doc=(
            "What it does: recomputes (new / old − 1) from the two values the text gives for a change — in "
            "one sentence (“rose 15% to 2.593 million from 2.262 million”) or a neighbouring sentence that "
            "says the earlier value is from a year before — with every number anywhere inside its stated "
            "rounding, and compares the result with the stated rate and direction.\n"
            "Why: a wrong base, a wrong year or a slipped digit shows up as a rate that the values cannot give."
        ),
        flagged="Sales rose 25% to 2.593 million units, from 2.262 million a year earlier.",
        fine="Sales rose near 15% to 2.593 million units, from 2.262 million a year earlier.",
        module="growth",
        default_band=1.0,
        band='percentage points between the stated and the recomputed rate (or a tenth of the rate, when larger)',
    ),
    Rule(
        name="implied-prior",
        summary="The earlier value a growth rate implies, for comparison with the reference tables.",
        doc=(
            "What it does: when the text gives a new value and a rate but no earlier value, computes the "
            "earlier value the rate implies (new / (1 + rate)), with the rounding of both. It is information "
            "on its own; the reference rule compares it with known figures.\n"
            "Why: 81,302 deliveries after 197.7% growth implies about 27,300 a year earlier; if the company "
            "reported 27,307, the rate is right."
        ),
        flagged="(information only: never flagged by itself)",
        fine="Deliveries stood at 81,302 units, up 197.7% year on year.",
        module="implied_prior",
    ),
    Rule(
        name="sum",
        summary="Parts of a whole (domestic + exports, passenger + commercial) must add up to the stated total.",
        doc=(
            "What it does: adds up parts that together make a whole — complementary segments such as domestic "
            "sales and exports, passenger and commercial vehicles, BEVs and PHEVs, or a list after “of which” / "
            "“including” — and compares the sum with the total, each number within its rounding. A list after "
            "“including” that is not a complete set is only required not to exceed the total.\n"
            "Why: a part copied from the wrong month or a dropped digit breaks the sum."
        ),
        flagged="Sales reached 2.593 million units. Domestic sales rose to 2.218 million units, while exports rose to 575,000 units.",
        fine="Sales reached 2.593 million units. Domestic sales rose to 2.018 million units, while exports rose to 575,000 units.",
        module="sum",
        default_band=0.02,
        band="the gap between the parts' sum and the total, as a fraction of the sum (0.02: 2%)",
    ),
    Rule(
        name="share",
        summary="A stated share must equal part / total.",
        doc=(
            "What it does: when the text gives a share (“accounted for”, “a share of”, “penetration rate”), the "
            "part and the total, recomputes part / total with their rounding and compares.\n"
            "Why: shares are often computed against the wrong total (domestic instead of all sales)."
        ),
        flagged="NEVs accounted for 58.7% of the 2.593 million vehicles sold, at 1.262 million units.",
        fine="NEVs accounted for 48.7% of the 2.593 million vehicles sold, at 1.262 million units.",
        module="share",
        default_band=0.5,
        band='percentage points between the stated and the recomputed share',
    ),
    Rule(
        name="points",
        summary="A change between two percentages is stated in percentage points, and must match their difference.",
        doc=(
            "What it does: for a percentage that moves “to X% from Y%”, computes the change in percentage "
            "points (and basis points), checks a stated points change against it, and flags a change stated "
            "in percent that only matches the points difference (a percent/point mix-up).\n"
            "Why: “margin rose 11%” for 15.4% → 26.4% is wrong: the rise is 11 points, or 71%."
        ),
        flagged="Gross margin rose 11% to 26.4% from 15.4% a year earlier.",
        fine="Gross margin rose 11 percentage points to 26.4% from 15.4% a year earlier.",
        module="points",
        default_band=0.2,
        band='percentage points between the stated and the recomputed change; a change stated in percent and read as a relative change takes the growth band',
    ),
    Rule(
        name="difference",
        summary="An absolute change must equal the difference of the values it links.",
        doc=(
            "What it does: for “a net addition of 100”, “added 7,028 units”, “or 7,028 more units”, computes "
            "new − old when the earlier value is given, new − new/(1 + rate) when a rate is given, and otherwise "
            "the earlier value the change implies (information).\n"
            "Why: absolute and relative changes written side by side often disagree after an edit."
        ),
        flagged="Deliveries rose 10.2%, or 9,028 units, to 75,869.",
        fine="Deliveries rose 10.2%, or 7,028 units, to 75,869.",
        module="difference",
        default_band=0.02,
        band='the gap as a fraction of the recomputed change (0.02: 2%)',
    ),
    Rule(
        name="multiple",
        summary="“Doubled”, “tripled”, “up 1.2-fold” must match the ratio of the two values.",
        doc=(
            "What it does: compares a stated multiple with new / old. “-fold” is read both ways — ×1.2 and, as "
            "in Chinese usage, +120% (×2.2) — and passes if either fits; the message says which reading it took.\n"
            "Why: “doubled” for a 60% rise is a common overstatement."
        ),
        flagged="Revenue doubled to 21.3bn yuan from 15.2bn yuan.",
        fine="Revenue nearly tripled to 21.3bn yuan from 7.4bn yuan.",
        module="multiple",
        default_band=0.1,
        band='the gap as a fraction of the ratio of the two values (0.1: 10%)',
    ),
    Rule(
        name="conversion",
        summary="A converted amount must match the ECB rate around the article date, and other conversions in the article.",
        doc=(
            "What it does: for “116bn yuan ($16.2bn)”, “RMB 6.12 billion or $835.13 million” or a stated rate "
            "“$1 = 7.0631 yuan”, computes the implied rate with both amounts' rounding and compares it with the "
            "ECB reference rates (cross rates through EUR) in the weeks around the article date, and with the "
            "other conversions between the same currencies in the article. A few percent off is a warning; a "
            "wrong currency or a ×1000 slip is an error.\n"
            "Why: a conversion done at the wrong rate, or into the wrong currency, is invisible to a reader."
        ),
        flagged="On 19 August 2025 Xiaomi reported revenue of 116bn yuan ($18.2bn).",
        fine="On 19 August 2025 Xiaomi reported revenue of 116bn yuan ($16.2bn).",
        module="conversion",
        default_band=0.05,
        band='the gap between the implied rate and the ECB rates (or another conversion in the article), as a fraction of the rate (0.05: 5%)',
    ),
    Rule(
        name="direction",
        summary="Words of rising or falling must match the sign of the change between the two values.",
        doc=(
            "What it does: for a value that moved “to X from Y” with a direction word — rose, fell, improved, "
            "narrowed, widened — checks that the change has that sign. Losses that narrow get smaller; a "
            "margin that improves gets larger.\n"
            "Why: “losses narrowed to 700m from 500m” has the direction backwards."
        ),
        flagged="The unit's losses narrowed to 700m yuan from 500m yuan.",
        fine="The unit's losses narrowed to 300m yuan from 500m yuan.",
        module="direction",
    ),
    Rule(
        name="reference",
        summary="A figure for a known entity, metric and period must match the reference tables in data/.",
        doc=(
            "What it does: links each figure to the entity, metric and period the text gives it (“Xiaomi’s "
            "deliveries for Q2 2025”), and compares it with the known figures in data/ — and the earlier "
            "values that growth rates and net additions imply with the figures known for the period before. "
            "The message cites the source. Figures with no known counterpart stay unchecked, never guessed.\n"
            "Why: a rate can be consistent with the text and still wrong against what the company reported."
        ),
        flagged="Xiaomi's vehicle deliveries for Q2 2025 stood at 91,302 units.",
        fine="Xiaomi's vehicle deliveries for Q2 2025 stood at 81,302 units.",
        module="reference",
        default_band=0.02,
        band='the gap as a fraction of the known value (0.02: 2%)',
    ),
    Rule(
        name="restated",
        summary="A figure in the text that restates a table cell must agree with the cell.",
        doc=(
            "What it does: when the text states a figure with the measure of one table cell (the same metric, "
            "segment, period and unit; the row and column headers give the cell's), compares the two, each "
            "within its rounding and the table's unit line (\"RMB 6.18 billion\" against 6,180.4 in an "
            "\"RMB million\" table). Where two cells could fit, nothing is checked.\n"
            "Why: the prose of a release is written from its tables, and a digit slipped in the copy (6.81 for "
            "6.18) leaves the article contradicting its own table."
        ),
        flagged=("Total revenues were RMB 6.81 billion in the second quarter of 2025.\n\n"
                 "Results (RMB million)\n\n| Item | Q2 2025 |\n|---|---:|\n| Total revenues | 6,180.4 |\n"),
        fine=("Total revenues were RMB 6.18 billion in the second quarter of 2025.\n\n"
              "Results (RMB million)\n\n| Item | Q2 2025 |\n|---|---:|\n| Total revenues | 6,180.4 |\n"),
        module="restated",
        default_band=0.02,
        band="the gap between the text's figure and the table's cell, as a fraction of the cell (0.02: 2%)",
    ),
    )
}
