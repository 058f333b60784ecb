"""Rates and their endpoints found in the words (relate/change.py): the level a later clause names
again by "its volume" or "their sales"."""

from __future__ import annotations

import pytest

from evcheck.pipeline import Options, verify
from evcheck.read.files import read_text


def growth(text: str, date: str = "2026-03-02") -> list[tuple[str, tuple[str, ...]]]:
    result = verify([read_text(text, "a.txt", date=date)], Options(use_rates=False))
    figs = result.figures.set_index("id")["text"]
    return [(r.status, tuple(figs[f] for f in r.figures)) for r in result.checks.itertuples() if r.rule == "growth"]


@pytest.mark.parametrize("rate, status", [("5.6", "ok"), ("5.59", "ok"), ("6", "ok"), ("6.6", "mismatch")])
def test_its_volume_takes_the_one_amount_its_sentence_gave_the_subject(rate, status):
    # 20,118 / 21,310 = -5.594%
    text = f"Nissan kept first place overall with 20,118 units and a 17.0% share, though its volume fell {rate}% from 21,310.\n"
    assert growth(text) == [(status, (f"{rate}%", "20,118 units", "21,310"))]


def test_their_volume_after_a_part_and_its_share():
    text = "Chinese brands accounted for 9,410 of the new vehicles, 19.5% of the total, and their volume rose {rate}% from 6,430.\n"
    # 9,410 / 6,430 = +46.35%
    assert growth(text.format(rate="46.3")) == [("ok", ("46.3%", "9,410", "6,430"))]
    assert growth(text.format(rate="43.6")) == [("mismatch", ("43.6%", "9,410", "6,430"))]

