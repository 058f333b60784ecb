"""Time per KB on adversarial input, per stage, from 10 KB to 10 MB (issue 13).

Run:  python benchmarks/hostile.py [--sizes 10k,100k,1m,10m] [--family NAME ...] [--timeout 300]

Each family of hostile text (long digit runs, "1,1,1,…", unclosed tags, comments and scripts,
runs of spaces and dots, thousands of numbers in one sentence, deep front matter, …) is generated
at each size and run through the whole pipeline — read → extract → relate → rules → report — in
a child process of its own, so one slow family cannot hold up the others, and a size is skipped
once the one before it took longer than the timeout allows. It prints ms per KB for each stage
and, per family, the ratio of the largest size's ms/KB to the 10 KB one: flat time per KB is a
ratio near 1; a quadratic spot shows as a ratio near the size ratio (×100 from 10 KB to 1 MB).

Prints, never asserts: speed is measured here; the unit tests (tests/test_linear_time.py) count
work instead.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "xiaomi-q2-2025-trade-press.txt").read_text(encoding="utf-8")


def _fill(head: str, unit: str, tail: str, n: int) -> str:
    """head + unit repeated + tail, about n characters."""
    k = max(1, (n - len(head) - len(tail)) // max(1, len(unit)))
    return head + unit * k + tail


def _repeat(block: str, n: int) -> str:
    return block * max(1, n // len(block))


# name -> (file suffix, generator of about n characters)
FAMILIES: dict[str, tuple[str, Callable[[int], str]]] = {
    # ordinary sentences repeated: the time per KB of a real article, the yardstick for the rest
    "ordinary": (".txt", lambda n: _repeat(SEED + "\n\n", n)),
    # one digit run, and many runs just under the 40-digit limit
    "digit-run": (".txt", lambda n: _fill("Revenue rose 5% to ", "7", " yuan in July.\n", n)),
    "digit-runs": (".txt", lambda n: _repeat("Sales were " + "1234567890" * 3 + "9 units, up 5%. ", n)),
    "commas": (".txt", lambda n: _fill("Sales were ", "1,", "1 units, up 5% year on year.\n", n)),
    "dots": (".txt", lambda n: _fill("Sales rose 5% to 10 units", ".", " in July.\n", n)),
    "co-dots": (".txt", lambda n: _fill("BYD sold 10 units, up 5%, said ", "Co. ", "Ltd.\n", n)),
    "spaces": (".txt", lambda n: _fill("Share rose to 5%", " ", "in July, from 4%.\n", n)),
    "lines": (".txt", lambda n: _repeat("Sales rose 5% to\n", n)),
    "many-numbers": (".txt", lambda n: _fill("Sales were ", "1,200 units, 3.5%, 116bn yuan ($16.2bn), ", "in all.\n", n)),
    "small-numbers": (".txt", lambda n: _repeat("Sales of 1 rose 2% to 3, 4 and 5 units, or 6%. ", n)),
    "paren-pct": (".txt", lambda n: _fill("Sales ", "(5% ", "rose.\n", n)),
    "footnotes": (".txt", lambda n: _fill("Sales were ", "5%[1] 6,000[2] units ", "in all.\n", n)),
    "years": (".txt", lambda n: _repeat("In Q2 2025 and July 2024 and H1 2023, sales rose 5% year on year. ", n)),
    "respectively": (".txt", lambda n: _fill("Sales were ", "2.1 million units and ", "2.5 million units, up 13.3 percent and 14.7 percent respectively.\n", n)),
    # one long word between a level and a rate: relate/rates.py's words before a comma once split it every way
    "long-word": (".txt", lambda n: _fill("Sales were 10,000 units ", "a", " 5% up.\n", n)),
    # HTML
    "html-img": (".html", lambda n: _fill('<p>Share rose to 5% <img src="data:image/png;base64,', "QUFB", '"> in July.</p>\n', n)),
    "html-unclosed-tag": (".html", lambda n: _fill("<p>Sales rose 5% to 10 units ", "<b class=x ", "in July.</p>\n", n)),
    "html-open-angles": (".html", lambda n: _repeat("<p>Sales rose 5% < to 10 units <a\n", n)),
    "html-unclosed-comment": (".html", lambda n: _repeat("<p>Sales rose 5% to 10 units.</p><!-- ", n)),
    "html-unclosed-script": (".html", lambda n: _repeat("<script>Sales rose 5% to 10 units. ", n)),
    "html-long-attr": (".html", lambda n: _fill('<p title="', "a 5% ", '">Sales rose 5% to 10 units.</p>\n', n)),
    "html-entities": (".html", lambda n: _repeat("<p>&#&#x&euro;80bn &amp; 5% &nbsp;</p>", n)),
    # Markdown
    "md-brackets": (".md", lambda n: _fill("Sales rose ", "[", "5% to 10 units.\n", n)),
    "md-marks": (".md", lambda n: _repeat("**Sales** _rose_ `5%` to [10](x) units ", n)),
    "md-fence": (".md", lambda n: _repeat("```\nSales rose 5%\n", n)),
    "front-matter-deep": (".md", lambda n: "---\nx: " + "[" * (n // 2) + "]" * (n // 2) + "\n---\nSales rose 5% to 10 units.\n"),
    "front-matter-indent": (".md", lambda n: _front_matter_indent(n)),
    "suppressions": (".md", lambda n: _repeat("Sales rose 5%. <!-- evcheck: ignore[growth] -->\n", n)),
}


def _front_matter_indent(n: int) -> str:
    lines, size, depth = ["---"], 4, 0
    while size < n - 40:
        line = "  " * depth + f"k{depth}:"
        lines.append(line)
        size += len(line) + 1
        depth = depth + 1 if depth < 400 else 0
    lines.append("  " * depth + "v: 1")
    return "\n".join(lines) + "\n---\nSales rose 5% to 10 units.\n"


SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}

# the stages, as the names pipeline.verify calls them by; a stage is the time spent inside them
STAGES = {
    "extract": ["split_sentences", "extract_figures"],
    "relate": ["Context", "find_claims", "measured_claims", "entity_mentions", "measures_rows", "link_figures",
               "reference_claims", "join_claims"],
    "rules": ["figures_table", "claims_table", "check_columns", "order_checks", "_suppressed"],
}


def measure(family: str, size: int) -> dict:
    """One family at one size through the whole pipeline, in this process: seconds per stage."""
    import evcheck.pipeline as pipeline
    from evcheck.read import read_paths
    from evcheck.report import Format, renderer

    pipeline.verify(read_paths([str(ROOT / "seeds")])[0])  # warm: imports, reference tables, caches
    spent = {"read": 0.0, "extract": 0.0, "relate": 0.0, "rules": 0.0, "report": 0.0}

    def timed(stage: str, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - t
        return wrapper

    for stage, names in STAGES.items():
        for name in names:
            if hasattr(pipeline, name):
                setattr(pipeline, name, timed(stage, getattr(pipeline, name)))

    suffix, make = FAMILIES[family]
    text = make(size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"hostile{suffix}"
        path.write_text(text, encoding="utf-8")
        nbytes = path.stat().st_size
        t = time.perf_counter()
        docs, errors = read_paths([str(path)], date="2025-08-19")
        spent["read"] = time.perf_counter() - t
        if errors:
            return {"error": str(errors[0]), "bytes": nbytes}
        t = time.perf_counter()
        result = pipeline.verify(docs)
        total = time.perf_counter() - t
        spent["other"] = max(0.0, total - spent["extract"] - spent["relate"] - spent["rules"])
        t = time.perf_counter()
        for fmt, kwargs in ((Format.json, {}), (Format.csv, {}), (Format.concise, {"show_ok": True})):
            renderer(fmt).render(result, **kwargs)
        spent["report"] = time.perf_counter() - t
    spent["total"] = sum(spent.values())
    return {"bytes": nbytes, "figures": int(len(result.figures)), "checks": int(len(result.checks)), "seconds": spent}


def _child(family: str, size: int, timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", family, str(size)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False,
                             env={**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")})
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or [f"exit {out.returncode}"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


COLUMNS = ("read", "extract", "relate", "rules", "report", "total")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m,10m", help="comma-separated: 10k, 100k, 1m, 10m")
    parser.add_argument("--family", action="append", help="only these families (repeatable); default all")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed for one family at one size")
    parser.add_argument("--json", help="also write the measurements to this file")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child[0], int(args.child[1]))))
        return

    sizes = [(s, SIZES[s]) for s in args.sizes.split(",")]
    families = args.family or list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown family {', '.join(unknown)}; known: {', '.join(FAMILIES)}")
    measured: dict[str, dict[str, dict]] = {}
    print(f"{'family':22} {'size':>5} {'figs':>7}  " + "  ".join(f"{c:>8}" for c in COLUMNS) + "   (ms per KB)")
    for family in families:
        measured[family] = {}
        last_total, prev_size = 0.0, 1
        for label, size in sizes:
            # skipped when even linear growth from the size before would exceed the time allowed
            if last_total * size / prev_size > args.timeout:
                print(f"{family:22} {label:>5}  skipped: would exceed --timeout {args.timeout:.0f} s")
                measured[family][label] = {"skipped": True}
                break
            r = _child(family, size, args.timeout)
            measured[family][label] = r
            prev_size = size
            if "seconds" not in r:
                print(f"{family:22} {label:>5}  {r}")
                break
            kb = r["bytes"] / 1024
            last_total = r["seconds"]["total"]
            cells = "  ".join(f"{1000 * r['seconds'][c] / kb:8.3f}" for c in COLUMNS)
            print(f"{family:22} {label:>5} {r['figures']:7d}  {cells}", flush=True)
        done = [(lbl, m) for lbl, m in measured[family].items() if "seconds" in m]
        if len(done) >= 2:
            (l0, m0), (l1, m1) = done[0], done[-1]
            per = lambda m: m["seconds"]["total"] / m["bytes"]  # noqa: E731
            print(f"{family:22} ratio ms/KB {l1}/{l0}: {per(m1) / per(m0):.2f}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(measured, indent=1))


if __name__ == "__main__":
    main()
