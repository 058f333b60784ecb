"""Generated articles whose every relation adds up, for scale tests and the benchmark."""

from __future__ import annotations

import random

TEMPLATES = [
    "Sales rose {p:.1f}% year on year to {a:,} units in July 2025, from {b:,} units a year earlier.",
    "Revenue climbed {r:.1f}% to {m:.1f}bn yuan in the second quarter of 2025, from {m0:.1f}bn yuan a year earlier.",
    "Domestic sales rose to {d:,} units, while exports reached {e:,} units.",
    "The gross margin improved to {g1:.1f}% from {g2:.1f}% a year earlier.",
    "Of the {a:,} vehicles sold, NEVs accounted for {s:.1f}% at {n:,} units.",
    "Deliveries rose {p:.1f}%, or {x:,} units, to {a:,}.",
    "The company, which has 335 stores in 92 cities, said losses narrowed to about 300m yuan.",
]


def article(rng: random.Random, title: str = "") -> str:
    b = rng.randint(50_000, 3_000_000)
    p = rng.uniform(1, 60)
    a = round(b * (1 + p / 100))
    p = (a / b - 1) * 100
    m0 = rng.uniform(5, 200)
    m = m0 * rng.uniform(1.01, 1.5)
    r = (round(m, 1) / round(m0, 1) - 1) * 100
    d = round(a * rng.uniform(0.6, 0.9))
    n = round(a * rng.uniform(0.2, 0.5))
    g2 = rng.uniform(5, 25)
    values = dict(p=p, a=a, b=b, m=m, m0=m0, r=r, d=d, e=a - d, g1=g2 + rng.uniform(0.5, 5), g2=g2,
                  s=n / a * 100, n=n, x=a - b)
    sentences = rng.sample(TEMPLATES, 4)
    body = "\n\n".join(s.format(**values) for s in sentences)
    return f"BEIJING, Aug 19 (Reuters) - {title}\n\n{body}\n"


def articles(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, f"Market report number {i}.") for i in range(count)]
