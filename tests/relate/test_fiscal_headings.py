"""A monthly release headed by its fiscal year and its month, and the fiscal year to date (relate/measure.py's lead
period, relate/timeline.py's fiscal spans)."""

from __future__ import annotations

from conftest import checked, measured
from evcheck.relate import timeline as tl

RELEASE = (
    "TWO-WHEELER MAKERS' BODY\n"
    "Bulletin No. 7 of FY2026-27\n"
    "New Delhi, 12 November 2026\n\n"
    "SHIPMENTS TO DEALERS: OCTOBER 2026\n\n"
    "Highlights of the month\n\n"
    "- Scooters: 5,10,220 units\n"
    "- Motorcycles: 9,84,105 units\n"
    "- Mopeds: 38,410 units\n\n"
    "Shipments for April-September had totalled 71,40,300 units. With October added, the fiscal year to date "
    "reaches 86,73,035, which is 4.1% more than in the same seven months of FY2025-26 (83,31,400).\n\n"
    "Across the three kinds, members shipped 15,32,735 units to dealers in October.\n"
)


def test_a_month_in_the_heading_below_the_fiscal_year_dates_the_release():
    found = measured(RELEASE, "2026-11-12")
    assert found["5,10,220 units"].period == "2026-10"
    assert found["38,410 units"].period == "2026-10"


def test_the_fiscal_year_to_date_runs_from_april_to_the_month_named_before():
    found = measured(RELEASE, "2026-11-12")
    assert found["86,73,035"].period == "2026-04..2026-10"
    assert found["83,31,400"].period == "2025-04..2025-10"


def test_the_same_months_of_an_earlier_fiscal_year_are_its_first_ones():
    spans = {RELEASE[s:e]: p.code for s, e, p in tl.document_periods(RELEASE, "2026-11-12")}
    assert spans["same seven months of FY2025-26"] == "2025-04..2025-10"
    assert spans["fiscal year to date"] == "2026-04..2026-10"


def test_the_year_to_date_is_the_months_before_and_the_month_never_the_list():
    """The list's three lines sum to October's 15,32,735; the year to date is April-September and October."""
    sums = checked(RELEASE, "2026-11-12", "sum")
    assert ("ok", ("5,10,220 units", "9,84,105 units", "38,410 units", "15,32,735 units")) in sums
    assert ("ok", ("71,40,300 units", "15,32,735 units", "86,73,035")) in sums
    assert len(sums) == 2


def test_a_fiscal_year_with_no_month_in_the_heading_stays_the_lead():
    text = ("Annual Review of FY2025-26\n\nMembers shipped 1,84,12,300 two-wheelers in the year, up 6.2% on "
            "1,73,37,400.\n\nIn March alone they shipped 16,02,330.\n")
    found = measured(text, "2026-05-02")
    assert found["1,84,12,300 two-wheelers"].period == "2025-04..2026-03"


def test_a_calendar_year_to_date_is_not_read_as_fiscal():
    text = ("Car registrations, October 2026\n\nRegistrations reached 118,240 in October. The year to date "
            "stands at 1,204,510.\n")
    spans = {text[s:e]: p.code for s, e, p in tl.document_periods(text, "2026-11-04")}
    assert spans["year to date"] == "2026-01..2026-10"


def test_a_month_that_bounds_the_fiscal_span_in_the_heading_is_no_report_month():
    text = ("Dealers Federation\nNews Release - 1 April 2026 (Wednesday)\n\nNew vehicle sales for fiscal 2025 (April 2025 - March "
            "2026)\n\nSales in fiscal 2025 totalled 4,612,300 units.\n\nHybrids took 1.69 million of them.\n")
    found = measured(text, "2026-04-01")
    assert found["1.69 million"].period == "2025"


def test_a_time_ahead_of_the_article_is_never_its_lead_period():
    text = ("TOKYO, May 13, 2026 - Hoshimori aims to finish selling cross-shareholdings by March 2030, it said as it reported "
            "results for 2025.\n\n* Motor premiums ¥1,284.6 bln, up 4.4% from ¥1,231.0 bln\n")
    found = measured(text, "2026-05-13")
    assert found["¥1,284.6 bln"].period == "2025"
    assert checked(text, "2026-05-13", "growth") == [("ok", ("4.4%", "¥1,284.6 bln", "¥1,231.0 bln"))]
