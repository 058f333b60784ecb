"""Shares whose part and whole one sentence states: "X, of which Y were NEVs, or Z%", "Y of them battery-electric:
Z% of the market", "Y battery-electric vehicles among X", "Y ZEVs, just Z% of its X new registrations", "Y of that,
Z% of the total", "Z% of the national ZEV total of X", "in a market of X, or Z%", "retail at X and NEV retail at Y,
for a penetration of Z%". The words say which whole the
share is of, so the share is checked against it; where they name another whole ("or 9.8% of the market" after
exports), it is left alone."""

from __future__ import annotations

import pytest
from test_measures import checks, of_rule

DATE = "2026-09-10"


def _share(text: str, share: str) -> list[tuple]:
    return [c for c in of_rule(checks(f"BEIJING, September 10 (Wire) - {text}\n", DATE), "share") if c[3][0] == share]


OF_WHICH = [
    ("Passenger car exports came to 538,000 units in August, of which 241,000 were NEVs, or {s}% of the total shipped abroad.",
     "44.8", "40.5", ("241,000", "538,000 units")),
    ("Hartwerk delivered 498,300 vehicles to customers in August, of which 97,400 were battery-electric, a share of {s}%.",
     "19.5", "21.5", ("97,400", "498,300 vehicles")),
    ("Passenger vehicle exports were 456,000 units in August, of which NEVs accounted for 131,000, or {s} percent.",
     "28.7", "27.8", ("131,000", "456,000 units")),
    ("Mexican plants built 3.94 million light vehicles in 2025, of which 3.41 million were exported, or {s}%.",
     "86.5", "68.5", ("3.41 million", "3.94 million light vehicles")),
    ("Germany registered 189,931 new cars in August, of which 41,208 were battery-electric: a {s}% share.",
     "21.7", "27.1", ("41,208", "189,931 new cars")),
    ("Manufacturers' wholesale sales were 2,617,334 units in August, of which new energy vehicles 1,571,205, a proportion of {s}%.",
     "60.0", "66.0", ("1,571,205", "2,617,334 units")),
    ("China imported 512,000 tonnes of spodumene in August, of which 388,000 tonnes came from Australia, {s}% of the total.",
     "75.9", "79.5", ("388,000 tonnes", "512,000 tonnes")),
    ("Makers delivered 2.705 million vehicles to dealers and export customers in August, of which 1.592 million were NEVs, "
     "a wholesale penetration rate of {s} percent.", "58.9", "85.9", ("1.592 million", "2.705 million vehicles")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "figures"), OF_WHICH)
def test_of_which_names_the_whole(text, right, wrong, figures):
    share = right + ("%" if "{s}%" in text else " percent")
    assert [c for c in _share(text.format(s=right), share) if c[1] == "ok" and c[3][1:] == figures]
    flagged = wrong + ("%" if "{s}%" in text else " percent")
    assert [c for c in _share(text.format(s=wrong), flagged) if c[1] == "mismatch" and c[3][1:] == figures]


def test_of_which_rounding_edge_is_fine():
    """Rounding: 241,000 of 538,000 is 44.796%, so 44.8% is no mismatch."""
    text = "Passenger car exports came to 538,000 units in August, of which 241,000 were NEVs, or 44.8%."
    assert [c for c in _share(text, "44.8%") if c[1] == "ok"]


def test_of_which_never_takes_another_named_whole():
    text = "Passenger car exports came to 538,000 units in August, of which 241,000 were NEVs, or 62.3% of NEV output."
    assert not _share(text, "62.3%")  # of NEV output, which the article does not state


OF_THEM = [
    ("Mobility Denmark counted 15,870 new cars in August, 11,120 of them battery-electric: {s}% of the market.",
     "70.1", "71.0", ("11,120", "15,870 new cars")),
    ("Hartwerk delivered 498,300 vehicles in August, 97,400 of them battery-electric, a share of {s}%.",
     "19.5", "15.9", ("97,400", "498,300 vehicles")),
    ("Exports were 289,514 in August, and 227,558 of those went to the United States, {s}% of the total, despite the tariffs.",
     "78.6", "87.6", ("227,558", "289,514")),
    ("Visible inventories stood at 142,000 tonnes at the end of August, and converters held 38,000 tonnes of that, {s}% of the total.",
     "26.8", "62.8", ("38,000 tonnes", "142,000 tonnes")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "figures"), OF_THEM)
def test_of_them_names_the_whole(text, right, wrong, figures):
    assert [c for c in _share(text.format(s=right), right + "%") if c[1] == "ok" and c[3][1:] == figures]
    assert [c for c in _share(text.format(s=wrong), wrong + "%") if c[1] == "mismatch" and c[3][1:] == figures]


def test_of_them_rounding_edge_is_fine():
    """38,000 of 142,000: each carries its rounding to the thousand, so 26% is within reach (26.6-26.9%)."""
    text = "Visible inventories stood at 142,000 tonnes at the end of August, and converters held 38,000 tonnes of that, 27% of the total."
    assert [c for c in _share(text, "27%") if c[1] == "ok"]


def test_among_and_bare_apposition():
    among = "Last year's benchmark counted 19,210 battery-electric vehicles among 94,050, a share of {s}%."
    assert [c for c in _share(among.format(s="20.4"), "20.4%") if c[1] == "ok"]
    assert [c for c in _share(among.format(s="24.0"), "24.0%") if c[1] == "mismatch"]
    bare = "Ontario, the largest market, added 6,410 ZEVs in August, just {s}% of its 152,600 new registrations."
    assert [c for c in _share(bare.format(s="4.2"), "4.2%") if c[1] == "ok"]
    assert [c for c in _share(bare.format(s="2.4"), "2.4%") if c[1] == "mismatch"]


def test_a_whole_named_by_its_figure_after_total_of():
    text = ("The four states accounted for 145,570 zero-emission registrations between them in August, or {s}% of the "
            "national ZEV total of 259,700.")
    assert [c for c in _share(text.format(s="56.1"), "56.1%") if c[1] == "ok" and c[3][2] == "259,700"]
    assert [c for c in _share(text.format(s="65.1"), "65.1%") if c[1] == "mismatch"]
    market = "The company registered 104,380 vehicles in August, an {s} per cent share of an electric two-wheeler market of 570,000 units."
    assert [c for c in _share(market.format(s="18.3"), "18.3 per cent") if c[1] == "ok"]
    assert [c for c in _share(market.format(s="13.8"), "13.8 per cent") if c[1] == "mismatch"]


def test_in_a_market_of_is_the_whole():
    text = "In August the country registered 10,050 battery-electric cars in a market of 219,860, or {s}%."
    assert [c for c in _share(text.format(s="4.6"), "4.6%") if c[1] == "ok" and c[3][2] == "219,860"]
    assert [c for c in _share(text.format(s="6.4"), "6.4%") if c[1] == "mismatch"]


PENETRATION = ("BEIJING, October 9 (Wire) - Manufacturers' wholesale sales were 2,617,334 units in September. Final May data put "
               "the month's retail at 1,921,456 and NEV retail at 1,001,207, for a penetration of {s}%.\n")


def test_penetration_of_the_plain_amount_beside_the_segments():
    found = of_rule(checks(PENETRATION.format(s="52.1"), "2026-10-09"), "share")
    assert ("share", "ok", "info", ("52.1%", "1,001,207", "1,921,456")) in found
    assert not [c for c in found if "2,617,334 units" in c[3]]  # never September's wholesale, a sentence before
    assert [c for c in of_rule(checks(PENETRATION.format(s="51.2"), "2026-10-09"), "share") if c[1] == "mismatch"]


def test_a_share_of_the_market_is_never_of_the_exports():
    text = "Passenger car exports came to 538,000 units in August, of which 241,000 were NEVs, or 9.8% of the market."
    assert not _share(text, "9.8%")  # 44.8% of the exports, but the market is another whole, not stated
