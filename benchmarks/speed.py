"""Speed of evcheck: articles per second on a generated corpus, and start-up time.

Run:  python benchmarks/speed.py [--articles 300]

Prints, never asserts: speed is measured here, not in the unit tests.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from corpus import articles  # noqa: E402  (the tests' generator of consistent articles)


def corpus(n: int, folder: Path) -> list[Path]:
    """n articles of about 2.5 KB, the size at which quantulum3 takes 0.18 s an article."""
    pieces = articles(n * 6)
    paths = []
    for i in range(n):
        text = "\n\n".join(p.split("\n\n", 1)[1] if k else p for k, p in enumerate(pieces[i * 6:(i + 1) * 6]))
        path = folder / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def timed(cmd: list[str], repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from evcheck.pipeline import verify
    from evcheck.read import read_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = corpus(args.articles, folder)
        size = sum(p.stat().st_size for p in paths) / len(paths)
        docs, _ = read_paths([str(folder)])
        verify(docs[:5])  # warm the ECB cache and imports
        start = time.perf_counter()
        docs, _ = read_paths([str(folder)])
        result = verify(docs)
        elapsed = time.perf_counter() - start
        print(f"corpus: {len(docs)} generated articles, {size / 1024:.1f} KB each")
        print(f"in process: {len(docs) / elapsed:,.0f} articles/s ({elapsed * 1000 / len(docs):.1f} ms each), "
              f"{len(result.figures) / elapsed:,.0f} figures/s, {len(result.checks)} checks")

        exe = [sys.executable, "-m", "evcheck"]
        one = str(ROOT / "seeds" / "xiaomi-q2-2025-trade-press.txt")
        t_pandas = timed([sys.executable, "-c", "import pandas"], args.repeat)
        t_verify = timed(exe + ["verify", one, "-f", "json"], args.repeat)
        t_no_rates = timed(exe + ["verify", one, "-f", "json", "--ignore", "conversion"], args.repeat)
        t_help = timed(exe + ["--help"], args.repeat)
        t_folder = timed(exe + ["verify", str(folder), "-f", "json", "--fail-on", "never"], 1)
        print(f"start-up: `python -c 'import pandas'` {t_pandas * 1000:.0f} ms; `evcheck --help` {t_help * 1000:.0f} ms")
        print(f"one article: `evcheck verify` {t_verify * 1000:.0f} ms with conversions against ECB rates, "
              f"{t_no_rates * 1000:.0f} ms without")
        print(f"whole corpus by the CLI: {t_folder:.2f} s, {len(docs) / t_folder:,.0f} articles/s")


if __name__ == "__main__":
    main()
