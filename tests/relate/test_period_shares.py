"""A month's or a quarter's share of a longer period's level of the same measure (relate/shares.py
`find_period_shares`): "July alone accounted for 15.8% of the seven-month total"."""

from __future__ import annotations

from functools import partial

import pytest

from conftest import checked, edited

shares = partial(checked, rule="share")

SEVEN = ("São Paulo, 4 August 2026\n\nMotorcycle factories in Manaus built 171,460 motorcycles in July, 8.9% more than the "
         "157,420 of July 2025. Registrations rose 11.4% to 178,930 in July.\n\nFrom January to July the plants built "
         "1,083,240 motorcycles, and July alone accounted for {s} of the seven-month total.\n")


@pytest.mark.parametrize(("share", "status"), [("15.8%", "ok"), ("18.5%", "mismatch")])
def test_a_named_months_share_of_the_n_month_total(share, status):
    assert shares(SEVEN.format(s=share), "2026-08-04") == [(status, (share, "171,460 motorcycles", "1,083,240 motorcycles"))]


def test_a_months_share_at_the_rounding_edge_is_not_flagged():
    text = edited(SEVEN.format(s="15.9%"), "built 171,460 motorcycles", "built 172,000 motorcycles")
    # 172,000 / 1,083,240 = 15.88%, outside 15.85-15.95 only below; 172,500 (the thousands' rounding) / 1,083,240 = 15.92%
    assert shares(text, "2026-08-04") == [("ok", ("15.9%", "172,000 motorcycles", "1,083,240 motorcycles"))]


def test_near_miss_a_total_of_another_length_is_no_whole():
    text = edited(SEVEN.format(s="15.8%"), "of the seven-month total", "of the nine-month total")
    assert shares(text, "2026-08-04") == []


IT = ("Bangkok, 14 October 2026\n\nThailand shipped 612,480 complete motorcycles abroad in January-September, 7.3% more "
      "than the 570,810 of the same period last year.\n\nSeptember alone brought 71,930 units, 4.2% fewer than August's "
      "75,080. It accounted for {s} of the nine-month total.\n")


@pytest.mark.parametrize(("share", "status"), [("11.7%", "ok"), ("17.1%", "mismatch")])
def test_it_after_a_months_level_is_that_months_share(share, status):
    assert (status, (share, "71,930 units", "612,480")) in shares(IT.format(s=share), "2026-10-14")


SINCE = ("Pune, 1 October 2026\n\nVardhan Motors dispatched 522,847 two- and three-wheelers in September, its highest "
         "monthly total.\n\nSince April, the first month of the fiscal year, Vardhan has dispatched 2,841,300 vehicles; "
         "September accounted for {s} of that.\n")


@pytest.mark.parametrize(("share", "status"), [("18.4%", "ok"), ("14.8%", "mismatch")])
def test_a_months_share_of_that_after_a_level_since_the_fiscal_years_first_month(share, status):
    assert shares(SINCE.format(s=share), "2026-10-01") == [(status, (share, "522,847", "2,841,300 vehicles"))]


def test_near_miss_a_month_with_two_levels_of_the_measure_stays_unchecked():
    text = edited(SINCE.format(s="18.4%"), "its highest monthly total.",
                  "its highest monthly total. Industry dispatches reached 1,640,000 vehicles in September.")
    assert shares(text, "2026-10-01") == []


def test_a_rivals_month_is_no_part_of_the_subjects_months_share():
    text = edited(SINCE.format(s="18.4%"), "its highest monthly total.",
                  "its highest monthly total. Rival Kesari dispatched 301,200 in September.")
    assert shares(text, "2026-10-01") == [("ok", ("18.4%", "522,847", "2,841,300 vehicles"))]


def test_near_miss_a_quarter_is_no_month():
    text = edited(SEVEN.format(s="15.8%"), "July alone accounted", "The second quarter accounted")
    assert shares(text, "2026-08-04") == []


def test_a_months_share_is_of_the_months_total_never_a_brands_month():
    text = ("Madrid, 2 July 2026\n\n- Market: 121,840 passenger cars registered in June, up 6.4% on the 114,510 of June 2025.\n"
            "- January-June: 612,450 registrations, +5.1% year on year; June supplied {s} of the half-year total.\n"
            "- Brands: Stellar led with 10,870 registrations (8.9%), ahead of Aldermann.\n")
    assert ("ok", ("19.9%", "121,840 passenger cars", "612,450 registrations")) in shares(text.format(s="19.9%"), "2026-07-02")
    assert not any("10,870 registrations" in texts and "612,450 registrations" in texts
                   for _, texts in shares(text.format(s="1.8%"), "2026-07-02"))
