"""Japan's two classes of new vehicle: registered vehicles (above the kei limits) and minivehicles. Read as segments
only where an article names the kei class (relate/vocabulary.py's `reading`), they break a total down completely."""

from __future__ import annotations

from conftest import checked, measured
from evcheck.relate.vocabulary import KEI, REGISTERED, document_lexicon

RELEASE = (
    "Tokyo, 2 June 2026\n\n"
    "Japan's new-vehicle sales rose in May. Registered vehicles, those above the kei size limits, climbed 6.2% to "
    "241,380 units. Minivehicle sales edged down to 118,905.\n\n"
    "In all, dealers sold 360,285 new vehicles in the month.\n"
)


def test_the_two_classes_are_segments_beside_the_kei_cars():
    found = measured(RELEASE, "2026-06-02")
    assert REGISTERED in found["241,380 units"].segment
    assert KEI in found["118,905"].segment


def test_the_two_classes_sum_to_the_market():
    assert checked(RELEASE, "2026-06-02", "sum") == [("ok", ("241,380 units", "118,905", "360,285 new vehicles"))]


def test_a_total_off_by_ten_thousand_is_flagged():
    text = RELEASE.replace("360,285", "370,285")
    assert checked(text, "2026-06-02", "sum") == [("mismatch", ("241,380 units", "118,905", "370,285 new vehicles"))]


def test_a_rounded_total_within_its_rounding_passes():
    text = RELEASE.replace("241,380 units", "241,400 units").replace("118,905", "118,900").replace("360,285", "360,300")
    assert checked(text, "2026-06-02", "sum") == [("ok", ("241,400 units", "118,900", "360,300 new vehicles"))]


def test_registered_vehicles_elsewhere_are_the_market():
    """A German release's "newly registered vehicles" are all of them: no segment where no kei class is named."""
    text = "Flensburg, 4 June 2026\n\nNewly registered vehicles numbered 251,040 in May, up 3.1%.\n"
    assert document_lexicon(text).segments_in("registered vehicles") == frozenset()
    assert REGISTERED not in measured(text, "2026-06-04")["251,040"].segment



def test_excluding_the_minivehicles_leaves_the_registered_ones():
    text = ("Tokyo, 2 June 2026\n\nJapan's new vehicle sales, excluding minivehicles, fell 4.2% to 241,380 units in May. "
            "Sales of minivehicles rose 2.1% to 118,905.\n")
    assert REGISTERED in measured(text, "2026-06-02")["241,380 units"].segment


def test_a_makers_registered_share_of_the_total_is_left_unchecked():
    """"Toyota sold 98,120 registered vehicles, 40.6% of the total" beside the registered vehicles' 241,380 and all
    360,285: of either total; the words do not say."""
    text = ("Tokyo, 2 June 2026\n\nJapan's new vehicle sales, excluding minivehicles, fell 4.2% to 241,380 units in May. "
            "Sales of minivehicles rose 2.1% to 118,905. Total sales including minivehicles were 360,285.\n\n"
            "Toyota, the biggest maker, sold 98,120 registered vehicles, 40.6% of the total.\n")
    assert checked(text, "2026-06-02", "share") == []


def test_both_classes_named_together_are_the_market():
    text = ("Tokyo, 2 June 2026\n\nNew passenger-car sales in Japan, registered cars and kei cars combined, fell 3.0% in May "
            "to 341,905. Kei cars took 128,306 of them (37.5%).\n")
    assert measured(text, "2026-06-02")["341,905"].segment & {REGISTERED, KEI} == frozenset()


def test_chinas_minivehicles_are_no_kei_class():
    text = "Beijing, 2 June 2026\n\nSales of minivehicles in China rose 12% to 118,905 in May.\n"
    assert KEI not in measured(text, "2026-06-02")["118,905"].segment
