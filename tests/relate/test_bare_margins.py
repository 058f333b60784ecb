"""A bare "the margin" opening a sentence after the one that names a profit is that profit's margin
(relate/ratios.py `_BARE_MARGIN_OPENING`), and a margin "when" an earlier profit was made is of that time
(relate/measure.py `_WHEN_ITS_RATIO`)."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import checked, edited, measured

shares = partial(checked, rule="share")

GROUP = ("Munich, 20 February 2026\n\nThe German group's revenue rose 1.2% to €118.4 billion from €117.0 billion, but "
         "operating profit fell 16.3% to €7.93 billion from €9.47 billion. The margin dropped to {now} from {then}, most "
         "of the damage blamed on US duties.\n")


@pytest.mark.parametrize(("now", "status"), [("6.7%", "ok"), ("7.6%", "mismatch")])
def test_the_margin_after_the_sentence_naming_the_profit(now, status):
    found = shares(GROUP.format(now=now, then="8.1%"), "2026-02-20")
    assert (status, (now, "€7.93 billion", "€118.4 billion")) in found
    assert ("ok", ("8.1%", "€9.47 billion", "€117.0 billion")) in found


def test_the_earlier_margin_is_flagged_when_wrong():
    found = shares(GROUP.format(now="6.7%", then="9.1%"), "2026-02-20")
    assert ("mismatch", ("9.1%", "€9.47 billion", "€117.0 billion")) in found


def test_the_margin_at_the_rounding_edge_is_not_flagged():
    text = edited(GROUP.format(now="6.7%", then="8.1%"), "€7.93 billion", "€7.9 billion")
    # 7.9 / 118.4 = 6.672%, below 6.65-6.75 only in its midpoint's last digits: 7.95 / 118.45 = 6.71% is inside
    assert ("ok", ("6.7%", "€7.9 billion", "€118.4 billion")) in shares(text, "2026-02-20")


def test_near_miss_two_profits_in_the_sentence_before_leave_the_margin_unchecked():
    text = edited(GROUP.format(now="6.7%", then="8.1%"), "from €9.47 billion.", "from €9.47 billion, and net profit to €5.2 billion.")
    assert not [t for _, t in shares(text, "2026-02-20") if t[0] in ("6.7%", "8.1%")]


WIRE = ("MUNICH, Oct 29 (HNS) - Kessler-Brandt AG said on Thursday that third-quarter operating profit fell 9.1% to "
        "€2.61 billion.\n\nRevenue rose 4.0% to €38.42 billion from €36.95 billion a year earlier. Operating profit a year "
        "ago had been €2.87 billion, when the operating margin stood at {then}. This time the margin narrowed to 6.8%, a "
        "drop of 1.0 percentage point.\n")


@pytest.mark.parametrize(("then", "status"), [("7.8%", "ok"), ("8.7%", "mismatch")])
def test_a_margin_when_the_earlier_profit_was_made_is_of_that_time(then, status):
    found = shares(WIRE.format(then=then), "2026-10-29")
    assert (status, (then, "€2.87 billion", "€36.95 billion")) in found
    assert ("ok", ("6.8%", "€2.61 billion", "€38.42 billion")) in found


def test_the_year_before_opening_dates_a_margin_a_year_back():
    text = ("Tokyo, 12 May 2026\n\nRevenue for the year to March 2026 rose 4.5% to ¥46.15 trillion from ¥44.17 trillion. Operating "
            "profit fell 12% to ¥3.02 trillion, down from ¥3.46 trillion a year earlier, leaving an operating margin of 6.5%. "
            "The year before, the margin had been 7.8%, so profitability slipped by 1.3 points.\n")
    m = measured(text, "2026-05-12")
    assert m["7.8%"].period != m["6.5%"].period
    assert not [t for s, t in shares(text, "2026-05-12") if s == "mismatch"]
