"""Whose figure it is when the words name it only once: a second item with its verb left out ("Private buyers
registered 49,806 cars and companies 98,404": the companies' own, whatever they are), a rival named in apposition ("Its closest rival, Xingchi, said
…"), a sayer's sales ("Xingchi said September sales rose …"), and a carmaker described as electric ("Electric
carmaker Velantra … deliveries")."""

from __future__ import annotations

from conftest import checked, measured

AUSTRIA = ("VIENNA, 10 July 2026 - Austria's registrations grew 6.0% to 148,210 in the first half, from 139,874 a year "
           "earlier.\n\nPrivate buyers registered 49,806 cars and companies 98,404, so households account for {share}% of the "
           "Austrian market.\n")


def test_a_gapped_item_the_lexicon_cannot_read_is_no_part_of_the_subjects_segment():
    m = measured(AUSTRIA.format(share="33.6"), "2026-07-10")
    assert "private" in m["49,806 cars"].segment and "private" not in m["98,404"].segment


def test_the_share_is_of_the_named_channel_not_the_gapped_item():
    assert checked(AUSTRIA.format(share="33.6"), "2026-07-10", "share") == [("ok", ("33.6%", "49,806 cars", "148,210"))]
    assert checked(AUSTRIA.format(share="36.6"), "2026-07-10", "share") == [("mismatch", ("36.6%", "49,806 cars", "148,210"))]
    # 49,806 / 148,210 is 33.605%: "33.61" holds it
    assert checked(AUSTRIA.format(share="33.61"), "2026-07-10", "share") == [("ok", ("33.61%", "49,806 cars", "148,210"))]


def test_a_verb_after_and_is_no_gapped_item():
    text = "SEOUL, 2 June 2026 - Daehan Motor built 40,000 vehicles in May and shipped 38,000.\n"
    m = measured(text, "2026-06-02")
    assert "qualified" not in m["38,000"].segment


def test_a_gapped_item_after_a_preposition_keeps_its_reading():
    text = "SUVs accounted for 57,420 sales in May and light commercial vehicles for 22,890.\n"
    m = measured(text, "2026-06-03")
    assert m["57,420"].segment == frozenset({"suv"}) and m["22,890"].segment == frozenset({"van"})


RIVAL = ("SHANGHAI, 2 October 2026 - Qingyun Auto sold 142,608 new energy vehicles in September. Battery-electric models "
         "were 87,419 of the month's sales, or 61.3%.\n\n{rival} 128,376.\n")


def test_a_rival_named_in_apposition_owns_its_figure():
    for rival in ("Its closest rival, Xingchi, sold", "Xingchi said September sales rose 21.5% to",
                  "Its closest rival, Xingchi, said September sales rose 21.5% to"):
        assert measured(RIVAL.format(rival=rival), "2026-10-02")["128,376"].segment == frozenset({"name:xingchi"}), rival


def test_a_rivals_figure_is_no_whole_of_the_subjects_share():
    for rival in ("Its closest rival, Xingchi, sold", "Xingchi said September sales rose 21.5% to"):
        assert [c for c in checked(RIVAL.format(rival=rival), "2026-10-02", "share") if "128,376" in c[1]] == []


VELANTRA = ("SHANGHAI, July 2, 2026 - Electric carmaker Velantra Auto said on Wednesday that deliveries rose {rate}% from "
            "a year earlier, to 98,436 vehicles in April-June.\n\nIt handed over 74,908 cars in the second quarter of 2025, "
            "according to its filing.\n\nBattery-electric models made up 42.0% of deliveries, or 41,372 vehicles.\n\n"
            "Velantra still trails Hexin Motors, which reported on Tuesday that its quarterly deliveries rose 12.3% to "
            "105,357.\n")


def test_an_electric_carmaker_is_a_maker_not_a_segment_of_its_deliveries():
    assert measured(VELANTRA.format(rate="31.4"), "2026-07-02")["98,436 vehicles"].segment == frozenset()


def test_the_makers_total_is_the_whole_of_its_share():
    found = checked(VELANTRA.format(rate="31.4"), "2026-07-02", "share")
    assert ("ok", ("42.0%", "41,372 vehicles", "98,436 vehicles")) in found
    assert not [c for c in found if "105,357" in c[1]]
    # 41,372 / 98,436 is 42.03%: "42" holds it too
    assert ("ok", ("42%", "41,372 vehicles", "98,436 vehicles")) in checked(VELANTRA.format(rate="31.4").replace("42.0%", "42%"),
                                                                           "2026-07-02", "share")
    assert ("mismatch", ("45.0%", "41,372 vehicles", "98,436 vehicles")) in checked(
        VELANTRA.format(rate="31.4").replace("42.0%", "45.0%"), "2026-07-02", "share")


def test_a_rival_that_reported_its_own_figure_owns_it():
    m = measured(VELANTRA.format(rate="31.4"), "2026-07-02")
    assert m["105,357"].segment == m["12.3%"].segment == frozenset({"name:hexin motors"})
    assert not [c for c in checked(VELANTRA.format(rate="31.4"), "2026-07-02", "growth") if "74,908 cars" in c[1] and "12.3%" in c[1]]
