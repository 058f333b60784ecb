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


def test_the_claims_table_is_the_same_from_blocks_and_from_frames(monkeypatch):
    """pandas 3 takes the blocks as they are; pandas 2 builds a frame per block: one table either way."""
    import pandas as pd

    from evcheck import tables
    from evcheck.tables import claims_columns, claims_frame

    figs = extract_figures("Sales rose 14.7% to 2.593 million units from 2.262 million, of which 575,000 units were exports.")
    claims = {"a.txt": [Claim("growth", figs[1].id, {"rate": figs[0].id, "new": figs[1].id, "old": figs[2].id}),
                        Claim("sum", figs[1].id, {"total": figs[1].id, "parts": (figs[3].id,)})]}
    columns = claims_columns(claims, figures_table({"a.txt": figs}))
    built = claims_frame(columns)
    monkeypatch.setattr(tables, "_from_blocks", None)
    pd.testing.assert_frame_equal(built, claims_frame(columns), check_exact=True)
    assert list(built.columns[:3]) == ["key", "file", "rule"] and built["rate_value"].dtype == float


def test_a_frame_built_from_typed_blocks_is_the_frame_pandas_infers(monkeypatch):
    """frame_of hands pandas typed blocks where the values show their type, and leaves any other
    mixture (ints with None, bools with None, numbers with text) to pandas: the same frame either way."""
    import numpy as np
    import pandas as pd

    from evcheck import tables
    from evcheck.tables import frame_of

    columns = {
        "file": ("a.txt", "b.txt", "a.txt"), "start": (1, 20, 300), "value": (1.5, float("nan"), 3.0),
        "is_range": (False, True, False), "unit": ("CNY", None, "units"), "subject": np.array(["f1", np.nan, "f3"], dtype=object),
        "hedge": (None, None, None), "figures": (("f1", "f2"), ("f3",), ()), "cell": ({"table": 1}, None, None),
        "stated": np.array([1.0, 2.0, np.nan]), "line": np.array([1, 2, 3]),
    }
    mixtures = [{"n": (1, None, 2)}, {"b": (True, None, False)}, {"x": (1, "a", 2.5)}, {"i": (1, 2.5, 3)}]
    for case in [columns, *({**columns, **m} for m in mixtures)]:
        expected = pd.DataFrame({k: list(v) if isinstance(v, tuple) else v for k, v in case.items()})
        built = frame_of(case)
        pd.testing.assert_frame_equal(built, expected, check_exact=True)
        assert [type(x) for x in built["unit"].tolist()] == [type(x) for x in expected["unit"].tolist()]
    monkeypatch.setattr(tables, "_from_blocks", None)  # pandas 2
    pd.testing.assert_frame_equal(frame_of(columns), pd.DataFrame({k: list(v) if isinstance(v, tuple) else v
                                                                  for k, v in columns.items()}), check_exact=True)
