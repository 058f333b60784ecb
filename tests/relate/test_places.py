"""Places as scopes (relate/places.py): a figure counts where its words put it, and a relation across
sentences never joins two figures that count in places apart."""

from __future__ import annotations

import pytest

from conftest import checked
from evcheck.extract import extract_figures, split_sentences
from evcheck.relate.places import WIDE, figure_scopes, places


def checks(text: str, date: str = "2026-10-03"):
    return checked(text, date)


def scopes(text: str) -> dict[str, str]:
    sentences = split_sentences(text)
    figures = extract_figures(text, sentences=sentences)
    found = figure_scopes(text, sentences, figures)
    return {f.text: found.get(f.id, "") for f in figures}


def test_gazetteer_reads_names_as_written_and_demonyms_only_before_a_market_noun():
    said = [(m.place, text) for text in ("The Netherlands grew, and the US too; let us see.",
                                          "Dutch registrations rose; a Dutch maker's van did not.")
            for m in places().mentions(text)]
    assert said == [("netherlands", "The Netherlands grew, and the US too; let us see."),
                    ("us", "The Netherlands grew, and the US too; let us see."),
                    ("netherlands", "Dutch registrations rose; a Dutch maker's van did not.")]


def test_a_wholes_words_without_their_places():
    gazetteer = places()
    assert gazetteer.unplaced("the Norwegian market").split() == ["the", "market"]
    assert gazetteer.unplaced("Thailand's new cars").split() == ["'s", "new", "cars"]
    assert gazetteer.unplaced("the Norwegian brands").split() == ["the", "Norwegian", "brands"]  # a maker's origin stays


def test_places_within_one_another_are_never_apart():
    gazetteer = places()
    assert gazetteer.apart("belgium", "netherlands")
    assert not gazetteer.apart("belgium", "benelux")
    assert not gazetteer.apart("europe", "belgium")
    assert not gazetteer.apart("california", "us")
    assert not gazetteer.apart("belgium", None)
    assert not gazetteer.apart("belgium", "*")


def test_scope_from_the_sentence_then_the_paragraph_opening_then_the_heading():
    text = ("Markets in October\n\nBelgium\n\nRegistrations reached 38,420. Of these, 9,870 were company cars.\n\n"
            "In the Netherlands, 31,150 cars were registered, and 12,640 in Austria.\n\n"
            "Across the three countries, 82,210 cars were registered.\n")
    found = scopes(text)
    assert found["38,420"] == "belgium"  # the section heading
    assert found["9,870"] == "belgium"
    assert found["31,150 cars"] == "netherlands"  # the sentence, before the figure
    assert found["12,640"] == "austria"  # "… in Austria", just after it
    assert found["82,210 cars"] == WIDE  # a wide phrase: no one place, so no veto


def test_a_list_of_places_is_all_of_them_and_a_makers_origin_is_no_scope():
    text = ("Across the EU, EFTA and the UK, 1,118,240 cars were registered.\n\nChina's BYD sold 21,406 cars in October, "
            "and brands from Korea 48,200.\n")
    found = scopes(text)
    assert found["1,118,240 cars"] == WIDE
    assert found["21,406 cars"] == ""
    assert found["48,200"] == ""


NORDIC = """Nordic Car Notes

Sweden

| Fuel | Sep 2026 | Sep 2025 |
|---|---:|---:|
| Petrol | 6,120 | 7,010 |
| Hybrid | 9,330 | 8,640 |
| Electric | 8,410 | 7,210 |
| Total | 23,860 | 22,860 |

Sweden's market grew {sweden}% in September.

Finland
{finland_table}
Finnish sales fell {finland}%.
"""
FINLAND_TABLE = """
| Fuel | Sep 2026 | Sep 2025 |
|---|---:|---:|
| Petrol | 1,910 | 2,240 |
| Hybrid | 2,050 | 2,110 |
| Electric | 1,520 | 1,290 |
| Total | 5,480 | 5,640 |
"""


def growth(found):
    return sorted((c[2][0], c[1]) for c in found if c[0] == "growth")


def test_each_countrys_rate_is_checked_against_its_own_sections_table():
    # Sweden 23,860 / 22,860 = +4.37%; Finland 5,480 / 5,640 = -2.84%
    ok = checks(NORDIC.format(sweden="4.4", finland="2.8", finland_table=FINLAND_TABLE))
    assert growth(ok) == [("2.8%", "ok"), ("4.4%", "ok")]
    bad = checks(NORDIC.format(sweden="4.4", finland="3.8", finland_table=FINLAND_TABLE))
    assert growth(bad) == [("3.8%", "mismatch"), ("4.4%", "ok")]


@pytest.mark.parametrize("stated", ["2.84", "2.8", "3"])
def test_rounding_edges_of_a_sections_rate_are_not_flagged(stated):
    found = checks(NORDIC.format(sweden="4.37", finland=stated, finland_table=FINLAND_TABLE))
    assert growth(found) == [(f"{stated}%", "ok"), ("4.37%", "ok")]


def test_a_rate_is_never_checked_against_another_countrys_table():
    """Finland has no table here: "Finnish sales fell 2.8%" is no change of Sweden's total."""
    found = checks(NORDIC.format(sweden="4.4", finland="2.8", finland_table=""))
    assert growth(found) == [("4.4%", "ok")]


BENELUX = """Benelux car markets in May

Belgium

In Belgium, company cars still set the pace. Febiac counted 21,940 registrations by companies, 60.2% of the market.

The Netherlands

Dutch registrations were split: private buyers 9,120, lease companies 13,880 and other business buyers 7,010. The
electric share climbed to 41.3% from 37.9% in May 2025, with 12,394 battery-electric registrations.
"""


def test_a_share_is_never_of_another_countrys_level():
    """The Netherlands' electric share is no share of Belgium's company registrations (without the scopes,
    12,394 of 21,940 is flagged as 56.49%)."""
    found = checks(BENELUX, "2026-06-02")
    assert not [c for c in found if c[0] == "share" and "21,940 registrations" in c[2]]


def test_a_countrys_level_is_still_a_share_of_its_blocs_total():
    """Belgium lies within the Benelux: its section's level and share keep the bloc's total."""
    text = ("Benelux registrations reached 74,090 in May.\n\nBelgium\n\n"
            "Registrations in Belgium rose 3.2% to 38,420, which is {share}% of the total.\n")
    ok = [c for c in checks(text.format(share="51.9"), "2026-06-04") if c[0] == "share"]
    assert ok == [("share", "ok", ("51.9%", "38,420", "74,090"))]
    bad = [c for c in checks(text.format(share="53.9"), "2026-06-04") if c[0] == "share"]
    assert bad == [("share", "mismatch", ("53.9%", "38,420", "74,090"))]


EU_SEPTEMBER = """Continental Car Wire

EU registrations rose 2.9% in September.

| Fuel | Sep 2026 | Sep 2025 |
|---|---:|---:|
| Battery-electric | 152,400 | 131,050 |
| Hybrid | 301,200 | 287,600 |
| Petrol | 248,900 | 262,300 |
| Diesel | 66,500 | 66,050 |
| EU total | 769,000 | 747,000 |

Battery-electric cars took {bev}% of the EU market. A year ago their share was {bev_before}%.

Beyond the EU

Across the EU, EFTA and the UK, 968,500 cars were registered, against 940,100 a year earlier.

In the region as a whole, 201,400 battery-electric cars were registered, giving them a {wide}% share.

Manufacturers

Stellantis led the EU with 125,600 registrations, {stellantis}% of the market.
"""


def shares(found):
    return [(c[1], c[2]) for c in found if c[0] == "share"]


def test_shares_of_the_eu_market_take_the_eu_total_never_the_wider_regions():
    # 152,400 / 769,000 = 19.82%; 131,050 / 747,000 = 17.54%; 125,600 / 769,000 = 16.33%
    found = checks(EU_SEPTEMBER.format(bev="19.8", bev_before="17.5", stellantis="16.3", wide="20.8"), "2026-10-20")
    assert shares(found) == [("ok", ("19.8%", "152,400", "769,000")), ("ok", ("17.5%", "131,050", "747,000")),
                             ("ok", ("20.8%", "201,400 battery-electric cars", "968,500 cars")),
                             ("ok", ("16.3%", "125,600 registrations", "769,000"))]


@pytest.mark.parametrize("wrong", ["bev", "bev_before", "stellantis", "wide"])
def test_a_wrong_share_of_the_eu_market_is_flagged_alone(wrong):
    stated = {"bev": "19.8", "bev_before": "17.5", "stellantis": "16.3", "wide": "20.8"}
    stated[wrong] = str(round(float(stated[wrong]) + 1, 1))
    found = shares(checks(EU_SEPTEMBER.format(**stated), "2026-10-20"))
    assert [c[1][0] for c in found if c[0] == "mismatch"] == [stated[wrong] + "%"]
    assert len(found) == 4


def test_rounding_edges_of_the_eu_shares_are_not_flagged():
    # 201,400 / 968,500 = 20.795%
    found = shares(checks(EU_SEPTEMBER.format(bev="19.82", bev_before="17.54", stellantis="16.33", wide="20.795"), "2026-10-20"))
    assert [c[0] for c in found] == ["ok", "ok", "ok", "ok"]



def test_a_list_line_names_its_own_place_never_its_siblings():
    text = ("Nationally, 318,700 battery-electric vehicles were registered in the quarter.\n\n"
            "The five largest EV states were:\n\n"
            "- California: 98,400\n- Texas: 24,180\n- Washington: 14,260\n- New York: 13,870\n")
    s = scopes(text)
    assert (s["98,400"], s["24,180"]) == ("california", "texas")
    assert s["14,260"] != "california" and s["13,870"] != "california"  # places the gazetteer does not hold: none, not the first line's
    # a paragraph whose opening names a place still scopes the sentences after it
    assert scopes("In Belgium, 41,200 cars were registered. Electric cars took 12,300.\n")["12,300"] == "belgium"


SECTIONS = ("MEXICO CITY, 10 June 2026 - Latam motor monitor.\n\n"
            "1. Mexico: output and exports down, imports up\n\n"
            "Mexican plants built 338,517 light vehicles in May, down 4.1% from 352,904.\n\n"
            "The home market went the other way. Domestic sales rose 3.9% to 118,442 from 113,997, and imported vehicles "
            "supplied 81,013 of them, or 68.4%.\n\n"
            "2. Brazil: local output gains\n\n"
            "Registrations rose 6.3% to 208,541 from {total}. Of those, 162,334 were built locally and the remaining 46,207 "
            "were imported.\n\n"
            "Exports of Brazilian-built vehicles fell 12.7% to 38,512 from 44,117.\n")


@pytest.mark.parametrize("total", ["196,208", "158,114"])
def test_a_numbered_sections_place_keeps_its_figures_apart_from_the_others(total):
    # Mexico's 113,997 domestic sales and Brazil's 44,117 exports are no breakdown of Brazil's registrations, whether or
    # not they happen to add up to them
    found = checked(SECTIONS.format(total=total), "2026-06-10")
    assert not [c for c in found if c[0] == "sum" and "113,997" in c[2]]
    assert ("growth", "ok", ("12.7%", "38,512", "44,117")) in found


def test_a_numbered_heading_names_its_sections_place():
    from evcheck.extract import extract_figures, split_sentences
    from evcheck.relate.places import figure_scopes
    text = SECTIONS.format(total="196,208")
    sentences = split_sentences(text)
    figures = extract_figures(text, sentences=sentences)
    scopes = figure_scopes(text, sentences, figures)
    by_text = {f.text: scopes.get(f.id) for f in figures}
    assert by_text["113,997"] == "mexico" and by_text["44,117"] == "brazil"
