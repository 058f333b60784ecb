"""Speed of evcheck, side by side, every figure measured in this one run.

Run:  python benchmarks/speed.py [--articles 200] [--repeat 5] [--no-scan]

Prints, never asserts: speed is measured here, not in the unit tests. On a shared machine the
ratios (measured pair by pair, in turn) mean more than the absolute times.

- in process, CPU time per article through the whole pipeline (read → report-ready result):
  one article per `pipeline.verify` call (a pre-commit hook, CI on a pull request) and batches of
  50 (an archive);
- `evcheck scan -j 1` and `-j 2` on the same corpus, through the CLI;
- cold start: `evcheck verify ARTICLE` against `python -c "import pandas"`, `evcheck --help` and
  `evcheck rules` (bytecode and compiled patterns cached, as after a first run);
- peak memory of the processes above;
- quantulum3 on the same texts, when it is installed (`pip install -e .[bench]`).
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from corpus import articles  # noqa: E402  (the tests' generator of consistent articles)

SEED = ROOT / "seeds" / "xiaomi-q2-2025-trade-press.txt"


def corpus(n: int, folder: Path) -> list[Path]:
    """n articles of about 2 KB, the size at which quantulum3 was timed (issue 12)."""
    pieces = articles(n * 6)
    paths = []
    for i in range(n):
        text = "\n\n".join(p.split("\n\n", 1)[1] if k else p for k, p in enumerate(pieces[i * 6:(i + 1) * 6]))
        path = folder / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


# Commands run as after an install: Python may cache their bytecode (the warm-up run writes it), as
# pip does at install time; an environment with PYTHONDONTWRITEBYTECODE would otherwise compile
# evcheck's modules from source on every start and time that instead. The warm-up run also writes
# the compiled patterns to the user cache folder (evcheck/cache.py), as any first run does.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(cmd: list[str]) -> tuple[float, float, float]:
    """One process: (wall s, CPU s, peak MiB). CPU and memory from the kernel's accounting of it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=CHILD_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024  # the largest child so far (Linux: KiB)


def paired(a: list[str], b: list[str], repeat: int) -> dict[str, float]:
    """A and B in turn, after one warm-up each: medians, and the median of the ratios pair by pair."""
    run(a), run(b)
    pairs = [(run(a), run(b)) for _ in range(repeat)]
    med = statistics.median
    return {
        "a_wall": med(x[0] for x, _ in pairs), "a_cpu": med(x[1] for x, _ in pairs),
        "b_wall": med(y[0] for _, y in pairs), "b_cpu": med(y[1] for _, y in pairs),
        "cpu_ratio": med(x[1] / y[1] for x, y in pairs), "wall_ratio": med(x[0] / y[0] for x, y in pairs),
    }


def in_process(docs: list, batch: int) -> tuple[float, float]:
    """CPU ms per article through `pipeline.verify`, `batch` articles a call, and for the concise
    report of each call (what `evcheck verify` prints in a pipe), timed call by call."""
    from evcheck.pipeline import verify
    from evcheck.report import concise_format

    checking = reporting = 0.0
    for i in range(0, len(docs), batch):
        start = time.process_time()
        result = verify(docs[i:i + batch])
        middle = time.process_time()
        concise_format.render(result)
        checking += middle - start
        reporting += time.process_time() - middle
    return checking * 1000 / len(docs), reporting * 1000 / len(docs)


def quantulum_ms(texts: list[str]) -> float | None:
    """quantulum3's CPU ms per article on the same texts, or None when it is not installed."""
    import warnings

    try:
        with warnings.catch_warnings():  # "classifier dependencies not installed": its default parser serves
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None
    parser.parse(texts[0])  # its first call loads its models
    start = time.process_time()
    for text in texts:
        parser.parse(text)
    return (time.process_time() - start) * 1000 / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5, help="paired runs of each command line")
    parser.add_argument("--no-scan", action="store_true", help="skip `evcheck scan -j 1/-j 2`")
    args = parser.parse_args()

    from evcheck.read import read_paths

    exe = [sys.executable, "-m", "evcheck"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        paths = corpus(args.articles, folder)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        docs, _ = read_paths([str(folder)])
        print(f"corpus: {len(docs)} generated articles of {size / 1024:.1f} KB; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}")

        in_process(docs[:5], 1)  # imports, reference tables and rates loaded once, as in a long-lived process
        one, report = in_process(docs, 1)
        batched, _ = in_process(docs, 50)
        peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("\nin process (CPU per article, whole pipeline, one core)")
        print(f"  one article per call   {one:6.1f} ms   {1000 / one:6.0f} articles/s")
        print(f"  its concise report     {report:6.1f} ms   (written call by call, as `evcheck verify` does)")
        print(f"  batches of 50          {batched:6.1f} ms   {1000 / batched:6.0f} articles/s   "
              f"(one per call is {one / batched:.1f}× a batch)")
        print(f"  peak memory of this process so far: {peak_self:.0f} MiB")

        texts = [p.read_text(encoding="utf-8") for p in paths[:50]]
        q = quantulum_ms(texts)
        if q is None:
            print("  quantulum3: not installed (pip install -e .[bench])")
        else:
            print(f"  quantulum3, same texts {q:6.1f} ms   {1000 / q:6.0f} articles/s   "
                  f"(evcheck's whole pipeline is {q / batched:.1f}× faster in batches, {q / one:.1f}× one per call)")

        if not args.no_scan and shutil.which(sys.executable):
            # batches small enough that each of two workers gets several: with the default 50, a corpus of
            # 40 articles is one batch and `-j 2` has nothing to share out
            batch = min(50, max(1, math.ceil(len(docs) / 8)))
            print(f"\nscan through the CLI, batches of {batch} (wall time of the whole run, start-up included; "
                  f"{args.repeat} pairs in turn, median)")
            load_before = os.getloadavg()[0]
            out = Path(tmp) / "findings.csv"
            scans = paired(*(exe + ["scan", str(folder), "-j", str(jobs), "--batch-size", str(batch), "-o", str(out)]
                             for jobs in (1, 2)), args.repeat)
            for jobs, side in ((1, "a"), (2, "b")):
                wall = scans[f"{side}_wall"]
                print(f"  scan -j {jobs}   {wall:6.2f} s   {len(docs) / wall:6.0f} articles/s   CPU {scans[f'{side}_cpu']:6.2f} s")
            print(f"  -j 2 is {1 / scans['wall_ratio']:.2f}× -j 1 (wall); the two processes spend "
                  f"{1 / scans['cpu_ratio']:.2f}× the CPU of one (the second one's start-up); "
                  f"load average {load_before:.1f} → {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        print(f"\ncold start, {args.repeat} pairs in turn (median; CPU ratios hold better than wall on a busy machine)")
        verify = paired(exe + ["verify", str(SEED), "-f", "json"], [sys.executable, "-c", "import pandas"], args.repeat)
        print(f"  evcheck verify ARTICLE     wall {verify['a_wall']:.2f} s  CPU {verify['a_cpu']:.2f} s")
        print(f"  python -c 'import pandas'  wall {verify['b_wall']:.2f} s  CPU {verify['b_cpu']:.2f} s")
        print(f"  ratio verify / import pandas: CPU {verify['cpu_ratio']:.2f}×, wall {verify['wall_ratio']:.2f}× (target ≤ 1.2×)")
        helps = paired(exe + ["--help"], [sys.executable, "-c", "pass"], args.repeat)
        print(f"  evcheck --help             wall {helps['a_wall']:.2f} s  CPU {helps['a_cpu']:.2f} s "
              f"(python -c pass: wall {helps['b_wall']:.2f} s, CPU {helps['b_cpu']:.2f} s; target ≤ 0.3 s)")
        rules = paired(exe + ["rules"], exe + ["--help"], args.repeat)
        print(f"  evcheck rules              wall {rules['a_wall']:.2f} s  CPU {rules['a_cpu']:.2f} s "
              f"({rules['cpu_ratio']:.2f}× --help: neither loads pandas, NumPy or pydantic)")
        peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\npeak memory: this process {peak_self:.0f} MiB; largest command-line run {peak_children:.0f} MiB")


if __name__ == "__main__":
    main()
