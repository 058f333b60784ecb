"""Accuracy of evcheck on labelled article sets, per relation kind.

Run:  python benchmarks/accuracy.py [SET ...] [--mutate] [--detail] [--json OUT] [--markdown]

A set is a folder with manifest.json and texts/<id>.txt (tests/labelled/dev/README.md describes
both); without SET, every such folder under tests/labelled/. It counts exactly as the corpus's
own evaluate.py does, so the two can be compared, but runs evcheck in process with one verify()
per article: a set takes seconds, and no article's result depends on which others are beside it.
Prints, never asserts: accuracy is measured here, not gated in the unit tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "labelled"

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
KINDS = ("growth", "sum", "conversion", "share", "pp_change", "difference", "multiple", "implied_prior")
SINGLE_NUMBER_KINDS = ("pp_change",)
MUTATED_KINDS = ("growth", "share", "sum", "conversion")
MUTATION_FACTORS = (1.3, 0.7)

Span = tuple[int, int]


# --- the labels ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Relation:
    kind: str
    quotes: tuple[str, ...]
    numbers: tuple[str, ...]
    verdict: str
    borderline: bool = False
    planted: bool = False
    fx_assessment: str = ""
    note: str = ""

    @property
    def judgement(self) -> str | None:
        """'bad' when evcheck should flag it, 'good' when it must not, None when the label cannot say.

        A conversion whose rate is not in the text still has a side when its rate is plainly
        plausible or implausible for the date; borderline relations are judgment calls.
        """
        if self.verdict == "inconsistent":
            return "bad"
        if self.verdict == "consistent":
            return None if self.borderline else "good"
        if self.kind == "conversion":
            if self.fx_assessment.startswith("plausible"):
                return "good"
            if self.fx_assessment.startswith("implausible"):
                return "bad"
        return None

    def label(self, article_id: str) -> str:
        return f"{article_id} {self.kind} {list(self.numbers)}"


@dataclass(frozen=True)
class Article:
    id: str
    date: str | None
    path: Path
    text: str
    relations: tuple[Relation, ...]


@dataclass(frozen=True)
class LabelledSet:
    name: str
    path: Path
    articles: tuple[Article, ...]
    missing: tuple[str, ...] = ()

    @property
    def relations(self) -> list[Relation]:
        return [r for a in self.articles for r in a.relations]


def _relation(raw: dict) -> Relation:
    quote = raw["quote"]
    return Relation(
        kind=raw["kind"],
        quotes=tuple(quote) if isinstance(quote, list) else (quote,),
        numbers=tuple(raw["numbers"]),
        verdict=raw["verdict"],
        borderline=bool(raw.get("borderline")),
        planted=bool(raw.get("planted")),
        fx_assessment=raw.get("fx_assessment") or "",
        note=raw.get("note") or "",
    )


def set_name(folder: Path) -> str:
    folder = folder.resolve()
    for base in (LABELLED, ROOT):
        if folder.is_relative_to(base) and folder != base:
            return str(folder.relative_to(base))
    return str(folder)


def load_set(path: str | Path) -> LabelledSet:
    """A labelled set as plain data; texts are decoded as the CLI decodes a file, so offsets agree."""
    from evcheck.read.files import decode

    folder = Path(path)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    articles, missing = [], []
    for entry in manifest:
        text_path = (folder / "texts" / f"{entry['id']}.txt").resolve()
        if not text_path.exists():
            missing.append(entry["id"])
            continue
        articles.append(Article(
            id=entry["id"],
            date=entry.get("date") or None,
            path=text_path,
            text=decode(text_path.read_bytes(), str(text_path)),
            relations=tuple(_relation(r) for r in entry.get("relations", [])),
        ))
    return LabelledSet(set_name(folder), folder.resolve(), tuple(articles), tuple(missing))


def labelled_sets(root: Path = LABELLED) -> list[Path]:
    return sorted(p.parent for p in root.rglob("manifest.json"))


# --- where the labels are in the text -----------------------------------------------------------

def number_core(number: str) -> str:
    """The digits of a labelled number ('Rs 3,03,369 crore' → '3,03,369'); a worded one stays whole."""
    match = NUMBER.search(number)
    return match.group(0) if match else number


def locate(text: str, relation: Relation) -> list[Span]:
    """Spans of the relation's numbers, each searched for only inside the relation's quotes."""
    quote_spans = [(i, i + len(q)) for q in relation.quotes if (i := text.find(q)) >= 0]
    spans = []
    for number in relation.numbers:
        core = number_core(number)
        for start, end in quote_spans:
            at = text.find(core, start, end)
            if at >= 0:
                spans.append((at, at + len(core)))
                break
    return spans


def labelling_problems(article: Article) -> list[str]:
    """Quotes not in the text and numbers not in their quotes: each is a bug in the labels."""
    problems = [f"{article.id}: quote not in the text: {q!r}"
                for r in article.relations for q in r.quotes if q not in article.text]
    for relation in article.relations:
        quoted = [q for q in relation.quotes if q in article.text]
        for number in relation.numbers:
            if quoted and not any(number_core(number) in q for q in quoted):
                problems.append(f"{article.id}: {relation.kind} number {number!r} not in its quote(s) {list(relation.quotes)}")
    return problems


def mutate_number(written: str, factor: float) -> str | None:
    """The number scaled and written with the same decimals and separators; None if unchanged."""
    if not NUMBER.fullmatch(written):
        return None
    decimals = len(written.split(".")[1]) if "." in written else 0
    value = float(written.replace(",", "")) * factor
    new = f"{value:,.{decimals}f}" if "," in written else f"{value:.{decimals}f}"
    return new if new != written else None


def mutate(text: str, span: Span, factor: float) -> tuple[str, Span] | None:
    """The text with the number at `span` scaled, and where the new number now stands."""
    start, end = span
    new = mutate_number(text[start:end], factor)
    if new is None:
        return None
    return text[:start] + new + text[end:], (start, start + len(new))


# --- what evcheck says --------------------------------------------------------------------------

@dataclass(frozen=True)
class Check:
    status: str
    severity: str
    message: str
    spans: tuple[Span, ...]

    @property
    def mismatch(self) -> bool:
        return self.status == "mismatch"

    @property
    def error(self) -> bool:
        return self.mismatch and self.severity == "error"

    def touches(self, span: Span) -> bool:
        start, end = span
        return any(s < end and start < e for s, e in self.spans)

    def touched(self, spans: list[Span]) -> int:
        return sum(self.touches(s) for s in spans)


def _checks(result) -> list[Check]:
    """Checks as the JSON report gives them: suppressed ones left out, figures as text spans."""
    figures = result.figures
    span_of = {(f, i): (int(s), int(e)) for f, i, s, e in zip(figures["file"], figures["id"], figures["start"], figures["end"])}
    rows = result.checks
    if len(rows):
        rows = rows[~rows["suppressed"]]
    return [
        Check(row["status"], row["severity"], row["message"],
              tuple(span_of[(row["file"], i)] for i in row["figures"] if (row["file"], i) in span_of))
        for row in rows.to_dict("records")
    ]


def check_file(path: Path, date: str | None, options=None) -> list[Check] | None:
    """evcheck on one file, read as `evcheck verify --date DATE FILE` reads it; None if unreadable."""
    from evcheck.pipeline import verify
    from evcheck.read import read_paths

    documents, errors = read_paths([str(path)], date=date)
    if errors or not documents:
        return None
    return _checks(verify(documents, options))


def check_text(text: str, path: Path, date: str | None, options=None) -> list[Check]:
    """evcheck on an edited copy of a file, read as the CLI reads it once decoded."""
    from evcheck.pipeline import verify
    from evcheck.read import read_text

    return _checks(verify([read_text(text, str(path), date=date)], options))


# --- the scores ---------------------------------------------------------------------------------

@dataclass
class KindScore:
    relations: int = 0
    covered: int = 0
    errors: int = 0
    errors_caught: int = 0
    false_alarms: int = 0
    mutants: int = 0
    mutants_caught: int = 0

    def add(self, other: KindScore) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass
class SetScore:
    name: str
    articles: int = 0
    unread: list[str] = field(default_factory=list)
    kinds: dict[str, KindScore] = field(default_factory=dict)
    error_findings: int = 0
    mutated: bool = False
    seconds: float = 0.0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    uncaught_mutants: list[str] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)  # error findings that touch no planted error: false alarms to a reader
    # error findings that touch a planted error's figure but cover no planted relation ("26,250 of 71,990" beside a wrong sum
    # of 71,990): the count above excuses them, as ../shared/dev/evaluate.py does, though they are another pairing
    beside_planted: list[str] = field(default_factory=list)

    def kind(self, name: str) -> KindScore:
        return self.kinds.setdefault(name, KindScore())

    @property
    def total(self) -> KindScore:
        total = KindScore()
        for k in self.kinds.values():
            total.add(k)
        return total

    def as_dict(self) -> dict:
        return {**asdict(self), "total": asdict(self.total)}


@dataclass(frozen=True)
class Mutant:
    article: Article
    relation: Relation
    span: Span


def score_article(article: Article, checks: list[Check], score: SetScore) -> list[Mutant]:
    """Adds one article's counts to `score`; returns the relations it offers for mutation."""
    planted = [locate(article.text, r) for r in article.relations if r.judgement == "bad"]
    bad_spans = [s for spans in planted for s in spans]
    mutable = []
    for relation in article.relations:
        spans = locate(article.text, relation)
        if len(spans) < 2 and relation.kind not in SINGLE_NUMBER_KINDS:
            continue
        counts = score.kind(relation.kind)
        counts.relations += 1
        label = relation.label(article.id)
        need = min(2, len(spans))
        covering = [c for c in checks if c.touched(spans) >= need]
        if covering:
            counts.covered += 1
        else:
            score.uncovered.append(label)
        flagged = [c for c in covering if c.mismatch]
        judgement = relation.judgement
        if judgement == "bad":
            counts.errors += 1
            if flagged:
                counts.errors_caught += 1
            else:
                score.missed.append(f"{label}: {relation.note[:100]}")
        if judgement != "good":
            continue
        unexplained = [c for c in flagged if c.error and not any(c.touches(s) for s in bad_spans)]
        if unexplained:
            counts.false_alarms += 1
            score.false_alarms.append(f"{label}: {unexplained[0].message[:160]}")
        if relation.kind in MUTATED_KINDS and len(spans) == len(relation.numbers):
            mutable.append(Mutant(article, relation, spans[-1]))
    score.error_findings += sum(c.error for c in checks)
    score.stray += [f"{article.id}: {c.message[:160]}" for c in checks
                    if c.error and not any(c.touches(s) for s in bad_spans)]
    score.beside_planted += [f"{article.id}: {c.message[:160]}" for c in checks
                             if c.error and any(c.touches(s) for s in bad_spans)
                             and not any(c.touched(spans) >= min(2, len(spans)) for spans in planted)]
    return mutable


def score_mutants(mutants: list[Mutant], score: SetScore, options=None) -> None:
    """Each mutant alone, its factor alternating +30% / −30% down the set's list of relations."""
    score.mutated = True
    for k, mutant in enumerate(mutants):
        factor = MUTATION_FACTORS[k % 2]
        edited = mutate(mutant.article.text, mutant.span, factor)
        if edited is None:
            continue
        text, span = edited
        counts = score.kind(mutant.relation.kind)
        counts.mutants += 1
        checks = check_text(text, mutant.article.path, mutant.article.date, options)
        if any(c.mismatch and c.touches(span) for c in checks):
            counts.mutants_caught += 1
        else:
            old = mutant.article.text[slice(*mutant.span)]
            score.uncaught_mutants.append(f"{mutant.relation.label(mutant.article.id)}: {old} → {text[slice(*span)]}")


def score(labelled: LabelledSet, mutate: bool = False, options=None) -> SetScore:
    """evcheck's counts on one labelled set; `options` are evcheck's (default: the CLI's defaults)."""
    started = time.perf_counter()
    result = SetScore(labelled.name, articles=len(labelled.articles), unread=list(labelled.missing))
    mutants: list[Mutant] = []
    for article in labelled.articles:
        checks = check_file(article.path, article.date, options)
        if checks is None:
            result.unread.append(article.id)
            checks = []
        mutants += score_article(article, checks, result)
    if mutate:
        score_mutants(mutants, result, options)
    result.seconds = time.perf_counter() - started
    return result


def combine(scores: list[SetScore], name: str = "all sets") -> SetScore:
    total = SetScore(name, mutated=any(s.mutated for s in scores))
    for s in scores:
        total.articles += s.articles
        total.error_findings += s.error_findings
        total.seconds += s.seconds
        for kind, counts in s.kinds.items():
            total.kind(kind).add(counts)
        for attr in ("unread", "missed", "false_alarms", "uncovered", "uncaught_mutants", "stray", "beside_planted"):
            getattr(total, attr).extend(f"{s.name}/{line}" for line in getattr(s, attr))
    return total


# --- the report ---------------------------------------------------------------------------------

HEADER = ("kind", "relations", "covered", "errors caught", "false alarms", "mutants caught")


def _ratio(part: int, whole: int, percent: bool = True) -> str:
    if not whole:
        return "–"
    return f"{part}/{whole} ({part / whole:.0%})" if percent else f"{part}/{whole}"


def _row(kind: str, k: KindScore, mutated: bool) -> tuple[str, ...]:
    return (kind, str(k.relations), _ratio(k.covered, k.relations), _ratio(k.errors_caught, k.errors, percent=False),
            str(k.false_alarms), _ratio(k.mutants_caught, k.mutants) if mutated else "–")


def table_rows(score: SetScore) -> list[tuple[str, ...]]:
    order = [k for k in KINDS if k in score.kinds] + sorted(set(score.kinds) - set(KINDS))
    return [_row(k, score.kinds[k], score.mutated) for k in order] + [_row("all", score.total, score.mutated)]


def summary_line(score: SetScore) -> str:
    t = score.total
    parts = [f"coverage {t.covered}/{t.relations}", f"labelled errors caught {t.errors_caught}/{t.errors}",
             f"false alarms {t.false_alarms} (error findings {score.error_findings}, {len(score.stray)} on no planted error)"]
    if score.mutated:
        parts.append(f"mutants caught {t.mutants_caught}/{t.mutants}")
    return "; ".join(parts)


def heading(score: SetScore) -> str:
    unread = f", {len(score.unread)} unread ({', '.join(score.unread)})" if score.unread else ""
    return f"{score.name}: {score.articles} articles{unread}, {score.seconds:.1f} s"


def render_text(score: SetScore) -> str:
    rows = [HEADER] + table_rows(score)
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = [heading(score)]
    for r in rows:
        lines.append("  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
    lines.append(summary_line(score))
    return "\n".join(lines)


def render_markdown(score: SetScore) -> str:
    lines = [f"### {score.name}", "", f"{score.articles} articles. {summary_line(score)}.", "",
             "| " + " | ".join(HEADER) + " |", "|---" + "|---:" * (len(HEADER) - 1) + "|"]
    for r in table_rows(score):
        cells = [f"**{c}**" if r[0] == "all" else c for c in r]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def render_detail(score: SetScore, markdown: bool = False) -> str:
    groups = (("MISSED", score.missed), ("FALSE ALARM", score.false_alarms), ("STRAY ERROR", score.stray),
              ("BESIDE A PLANTED ERROR", score.beside_planted), ("UNCOVERED", score.uncovered),
              ("UNCAUGHT MUTANT", score.uncaught_mutants))
    if markdown:
        return "\n".join(f"- {name.lower()}: {line}" for name, lines in groups for line in lines)
    return "\n".join(f"  {name} {line}" for name, lines in groups for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="labelled set folders (default: every set under tests/labelled)")
    parser.add_argument("--mutate", action="store_true", help="also score ±30%% mutants of consistent relations")
    parser.add_argument("--detail", action="store_true", help="list missed errors, false alarms, uncovered relations, uncaught mutants")
    parser.add_argument("--json", metavar="OUT", type=Path, help="write the scores as JSON to OUT")
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown, for docs/validation.md")
    args = parser.parse_args(argv)

    folders = args.sets or labelled_sets()
    for folder in folders:
        if not (folder / "manifest.json").is_file():
            parser.error(f"{folder}: no manifest.json")
    if not folders:
        parser.error(f"no labelled sets under {LABELLED}")

    scores = [score(load_set(f), mutate=args.mutate) for f in folders]
    shown = scores + ([combine(scores)] if len(scores) > 1 else [])
    render = render_markdown if args.markdown else render_text
    for s in shown:
        print(render(s))
        if args.detail and s in scores:
            detail = render_detail(s, args.markdown)
            if detail:
                print(("\n" if args.markdown else "") + detail)
        print()
    if args.json:
        payload = {"sets": [s.as_dict() for s in scores]}
        if len(scores) > 1:
            payload["overall"] = shown[-1].as_dict()
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
