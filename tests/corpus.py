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
    "Output and sales reached {o:,} units and {a:,} units, up {q:.1f}% and {p:.1f}% year on year, respectively.",
    "Quarterly revenue came to {m:.1f}bn yuan (${u:.2f}bn) in the second quarter of 2025.",
    "The penetration rate rose to {g1:.1f}% from {g2:.1f}%, a gain of {gd:.1f} percentage points.",
    "Exports more than doubled to {x2:,} units from {x1:,} units.",
    "Truck sales fell {dp:.1f}% to {d2:,} units from {d1:,} units a year earlier.",
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
    g1 = round(g2 + rng.uniform(0.5, 5), 1)
    g2 = round(g2, 1)
    x1 = rng.randint(10_000, 90_000)
    x2 = round(x1 * rng.uniform(2.05, 2.9))
    d1 = rng.randint(100_000, 900_000)
    d2 = round(d1 * rng.uniform(0.6, 0.97))
    values = dict(p=p, a=a, b=b, m=m, m0=m0, r=r, d=d, e=a - d, g1=g1, g2=g2, gd=g1 - g2,
                  s=n / a * 100, n=n, x=a - b, q=rng.uniform(1, 40), u=round(m, 1) / 7.16,
                  x1=x1, x2=x2, d1=d1, d2=d2, dp=(1 - d2 / d1) * 100, o=round(a * 1.03))
    sentences = rng.sample(TEMPLATES, 4)
    body = "\n\n".join(s.format(**values) for s in sentences)
    return f"BEIJING, Aug 19 (Reuters) - {title}\n\n{body}\n"


def articles(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [article(rng, f"Market report number {i}.") for i in range(count)]
