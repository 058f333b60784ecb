"""Which part and which whole a share or a sum joins when the article holds several that could fit: the part its
sentence states before it ("made up 498 of Pirkanmaa's registrations, a share of 47.6%, while across Finland
2,731 …"), the whole "Of these" points back to, a country's level that is no whole of the world's regions, and a
source's aside that names no segment ("According to BusData Europa, which tracks registrations in the EU, the
United Kingdom, …")."""

from __future__ import annotations

from conftest import checked, measured
from evcheck.extract import extract_figures, split_sentences
from evcheck.relate.places import figure_scopes

REGION = ("TAMPERE, 14 September 2026 - New passenger-car registrations in Pirkanmaa reached 1,046 in August.\n\n"
          "Nationally, 6,124 new cars were registered in August.\n\n"
          "Battery-electric cars made up 498 of Pirkanmaa's registrations, a share of {share}%, while across Finland "
          "2,731 electric cars gave a national share of 44.6%.\n")


def test_a_share_after_a_part_in_its_sentence_is_never_the_next_clauses_part():
    for share in ("47.6", "44.6"):
        found = checked(REGION.format(share=share), "2026-09-14", "share")
        assert not [c for c in found if c[1][:2] == (f"{share}%", "2,731 electric cars")], share


def test_the_place_after_while_is_the_next_clauses():
    text = REGION.format(share="47.6")
    sentences = split_sentences(text)
    figures = extract_figures(text, sentences=sentences)
    scopes = figure_scopes(text, sentences, figures)
    by_text = {f.text: scopes.get(f.id) for f in figures}
    assert by_text["47.6%"] is None and by_text["2,731 electric cars"] == "finland"


def test_of_a_named_places_registrations_names_the_metric():
    assert measured(REGION.format(share="47.6"), "2026-09-14")["498"].metric == "sales"


BUSES = ("BRUSSELS, 18 February 2026 - According to BusData Europa, which tracks registrations in the EU, the United "
         "Kingdom, Norway, Switzerland and Iceland, 21,640 new city buses entered service in 2025, up 6.5% from 20,315 "
         "in 2024. Of these, 12,318 were zero-emission, a share of {share}%.\n\n"
         "Registrations of coaches and intercity buses, a separate segment, were 17,000 in 2025, 7% fewer than the "
         "18,100 of 2024.\n")


def test_a_sources_aside_names_no_segment_of_the_figure():
    assert measured(BUSES.format(share="56.9"), "2026-02-18")["21,640"].segment == frozenset({"bus"})


def test_of_these_is_the_whole_the_sentence_before_states():
    assert ("ok", ("56.9%", "12,318", "21,640")) in checked(BUSES.format(share="56.9"), "2026-02-18", "share")
    assert ("mismatch", ("59.6%", "12,318", "21,640")) in checked(BUSES.format(share="59.6"), "2026-02-18", "share")
    # 12,318 / 21,640 is 56.922%: "56.92" holds it
    assert ("ok", ("56.92%", "12,318", "21,640")) in checked(BUSES.format(share="56.92"), "2026-02-18", "share")
    assert not [c for c in checked(BUSES.format(share="56.9"), "2026-02-18", "share") if "17,000" in c[1]]


MOTORCYCLES = ("HAMAMATSU, 10 May 2026 - Kazehaya Motor sold 6.482 million motorcycles in the year to March 2026. Asia took "
               "4.914 million of them, Latin America 812,000, North America 264,000, Europe 231,000, Japan 158,000 and "
               "other markets 103,000.\n\nEurope and North America together made up 7.6% of units.\n\n"
               "India\n\nSales at the Indian subsidiary rose 11.8% to 1.486 million units after two new plants came on stream. "
               "The company now sells through more than 6,000 outlets in India.\n")


def test_a_countrys_level_is_no_whole_of_the_worlds_regions():
    found = checked(MOTORCYCLES, "2026-05-10")
    assert not [c for c in found if c[0] in ("sum", "share") and "1.486 million units" in c[2]]


def test_a_countrys_level_is_still_the_whole_of_its_own_parts():
    text = ("NEW DELHI, 10 May 2026 - Sales in India rose 11.8% to 1.486 million units in the year to March. Domestic sales "
            "were 1.212 million and exports 274,000.\n")
    assert [c[0:2] for c in checked(text, "2026-05-10", "sum")] == [("ok", ("1.212 million", "274,000", "1.486 million units"))]


TRUCKS = ("STOCKHOLM, 17 July 2026 - Of the 28,460 trucks delivered, 15,780 went to European customers. South America "
          "took 6,940, Asia 3,210 and other markets 2,530; the South American and Asian deliveries together made up 35.7% "
          "of the quarter's volume.\n")


def test_asian_names_asia_and_two_regions_together_are_no_share_of_one():
    assert measured(TRUCKS, "2026-07-17")["35.7%"].segment == frozenset({"asia", "south_america"})
    assert not [c for c in checked(TRUCKS, "2026-07-17", "share") if c[1] == ("35.7%", "6,940", "28,460 trucks")]


def test_two_regions_together_are_a_share_of_the_articles_frame():
    # (6,940 + 3,210) / 28,460 is 35.66%
    assert checked(TRUCKS, "2026-07-17", "share") == [("ok", ("35.7%", "6,940", "3,210", "28,460 trucks"))]
    wrong = TRUCKS.replace("35.7%", "24.4%")  # 6,940 alone
    assert checked(wrong, "2026-07-17", "share") == [("mismatch", ("24.4%", "6,940", "3,210", "28,460 trucks"))]
    edge = TRUCKS.replace("35.7%", "35.66%")
    assert checked(edge, "2026-07-17", "share") == [("ok", ("35.66%", "6,940", "3,210", "28,460 trucks"))]


def test_two_regions_beside_totals_of_two_classes_find_no_whole():
    text = TRUCKS.replace("Of the 28,460 trucks delivered, 15,780 went to European customers.",
                          "The group sold 15,780 trucks in Europe and 28,460 buses overall.")
    assert checked(text, "2026-07-17", "share") == []
