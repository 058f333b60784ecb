import math

from evcheck.extract import extract_figures
from evcheck.relate.model import Claim
from evcheck.tables import claims_table, figures_table


def test_a_sum_whose_part_is_not_in_the_figures_table_keeps_the_parts_it_has():
    """A part missing from the table (-1) once put NaN into the joined text: a TypeError, no table."""
    figs = extract_figures("Sales rose to 10 units, of which 4 units and 6 units.")
    total, part = figs[0].id, figs[1].id
    claims = claims_table({"a.txt": [Claim("sum", total, {"total": total, "parts": (part, "f99")})]},
                          figures_table({"a.txt": figs}))
    row = claims.iloc[0]
    assert row["parts_text"] == "4 units"
    assert row["parts_value"] == 4
    assert row["parts_id"] == f"{part},f99"


def test_a_single_role_not_in_the_figures_table_is_missing():
    figs = extract_figures("Sales rose to 10 units.")
    claims = claims_table({"a.txt": [Claim("growth", figs[0].id, {"new": figs[0].id, "old": "f99"})]},
                          figures_table({"a.txt": figs}))
    row = claims.iloc[0]
    assert math.isnan(row["old_value"]) and row["old_id"] == "f99"
    assert row["new_text"] == "10 units"
