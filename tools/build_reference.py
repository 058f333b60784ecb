"""Builds data/figures.csv from the public figures gathered in ../shared/reference/.

Run from the repository root:  python tools/build_reference.py [REFERENCE_FOLDER]

Metric names are normalised to the vocabulary of data/metrics.csv, exact duplicates are merged,
and keys whose sources disagree beyond rounding are kept but marked `disputed`, so the reference
rule says the sources disagree instead of picking one.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evcheck.data import COLUMNS, consistent_values  # noqa: E402

RENAMED = {
    "innovative_revenue": ("ev_segment_revenue", 1),
    "innovative_gross_margin": ("ev_gross_margin", 1),
    "innovative_operating_loss": ("ev_segment_operating_profit", -1),
}


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference"
    rows: list[dict] = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                metric, sign = RENAMED.get(r["metric"], (r["metric"], 1))
                rows.append({
                    "entity": r["entity"].strip(), "metric": metric, "period": r["period"].strip(),
                    "value": repr(sign * float(r["value"])).removesuffix(".0"), "unit": r["unit"].strip(),
                    "source": r["source_url"].strip(), "note": (r.get("source_note") or "").strip(), "status": "",
                })
    seen: set[tuple] = set()
    unique = []
    for r in rows:
        key = (r["entity"], r["metric"], r["period"], float(r["value"]))
        if key not in seen:
            seen.add(key)
            unique.append(r)
    by_key = defaultdict(list)
    for r in unique:
        by_key[(r["entity"], r["metric"], r["period"])].append(r)
    for group in by_key.values():
        if not consistent_values([float(r["value"]) for r in group]):
            for r in group:
                r["status"] = "disputed"
    unique.sort(key=lambda r: (r["entity"], r["metric"], r["period"]))
    out = ROOT / "data" / "figures.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(unique)
    disputed = sum(1 for r in unique if r["status"])
    print(f"{out}: {len(unique)} figures from {len(rows)} rows, {disputed} disputed")


if __name__ == "__main__":
    main()
