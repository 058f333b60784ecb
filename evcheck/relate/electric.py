"""What "electric", "EV" and "zero-emission" count in one article.

The words are in data/segments.csv (segment `ev`); which segment they name depends on the article,
so the measure reader asks `electric_reading` once per text and reads with the lexicon it gives
(`Lexicon.reading_electric`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from evcheck.cache import regex
from evcheck.prefilter import guarded

if TYPE_CHECKING:
    from collections.abc import Iterable

    from evcheck.relate.vocabulary import Lexicon

ELECTRIC = "ev"
# "EV battery installations", "EV makers", "electric-vehicle charging points": what serves electric cars, not them (but
# "Electric company registrations" are the electric cars companies registered)
_ELECTRIC_THING = regex(r"[\s-]*(?:batter(?:y|ies)|cells?|charg\w*|makers?|(?:car|auto|vehicle\s+)makers?|manufacturers?|compan(?:y|ies)(?!\s+(?:registrations|cars?|buyers|fleets?|sales)\b)|firms?|start-?ups?|tax|credits?|subsid\w*|"
                        r"incentives?|rebates?|policy|policies|targets?|mandates?|infrastructure|components?|supply|supplier|"
                        r"platforms?|transition|push|industry|sector|strategy|plans?|investment|production\s+capacity|grants?|schemes?|"
                        r"programmes?|programs?|funds?|bonus|loans?|tariffs?|dut(?:y|ies)|levy|quotas?)\b", re.I)
_PLUG_IN_KIN = {"phev", "plugin", "nev", "erev"}  # where "electric" may take in plug-in hybrids
ELECTRIC_KIN = frozenset(_PLUG_IN_KIN | {"bev"})  # what "EVs" of their own may be made of, or be
READINGS = ("bev", "plugin")  # what an article may say "electric" is, besides a segment of its own
_FUEL_CELL = guarded(regex(r"\b(?:fuel[- ]cells?|hydrogen|FCEVs?)\b", re.I))  # and where "zero-emission" may take in fuel cells
# "EVs (including plug-in hybrids)", "electric cars (BEV and PHEV)": searched through the whole text (most name no plug-in), the
# first letter first, in its cases, then the rest after it, so that `re` passes over the text to the next "e" or "z"
_ELECTRIC_WITH_PLUGINS = guarded(regex(r"(?-i:[EeZz])(?<!\w(?-i:[EeZz]))(?:(?<=(?-i:[Ee]))(?:Vs?|lectric\s+(?:vehicles?|cars?|models?))"
                                       r"\b[^.;]{0,40}?\b(?:includ\w*|incl\.|compris\w*|cover\w*)[^.;]{0,40}?\b(?:plug-in|PHEVs?)"
                                       r"|(?<=(?-i:[Zz]))(?:EVs?|ero-emission\s+(?:vehicles?|cars?|models?))"
                                       r"\b[^.;]{0,40}?\b(?:includ\w*|incl\.|compris\w*|cover\w*)[^.;]{0,40}?\b(?:plug-in|PHEVs?)"
                                       r"|(?<=(?-i:[Ee]))(?:Vs?|lectric\s+(?:vehicles?|cars?))\s*\(\s*(?:BEVs?|battery[- ]electric)"
                                       r"[^)]{0,30}(?:PHEVs?|plug-in))", re.I))
_ELECTRIC_BESIDE_PLUGINS = regex(r"\b(?:electric|EVs?)\s+(?:(?:cars?|vehicles?|models?)\s+)?(?:and|or)\s+(?:plug-in\s+hybrids?|PHEVs?)\b"
                                 r"|\b(?:plug-in\s+hybrids?|PHEVs?)\s+(?:(?:cars?|vehicles?|models?)\s+)?(?:and|or)\s+(?:fully\s+)?electric\b", re.I)
_PLUGINS_APART = guarded(regex(r"\b(?:plug-in\s+hybrids?|PHEVs?)\b[^.;]{0,40}?\b(?:tracks?|tracked|counts?|counted|reports?|reported|lists?|listed)\s+"
                       r"separately\b", re.I))
# "Sarthi EV was third", "Ola Electric": a maker's name ends in the word (not "The EV market", "German EV sales")
_BRAND_BEFORE = regex(r"\b(?!(?:The|A|An|Its|Their|Our|His|Her|New|Used|All|Pure|Fully|Battery|Plug-in|Total|Global|Annual)\b)"
                      r"[A-Z][\w&'-]*(?<!an)(?<!ese)(?<!ish)(?<!ic)(?<!'s)\s+$")
_ENERGY_UNIT = regex(r"[kMGT]?Wh|gigawatt-hours?|megawatt-hours?|kilowatt-hours?", re.I)
_SHARE_WORDS = regex(r"\b(?:share|accounted|accounting|accounts?\s+for|made\s+up|making\s+up|makes\s+up|took|taking|"
                     r"represented|representing|penetration|proportion|"
                     r"of\s+(?:the\s+)?(?:total|all|overall|whole|market|new|sales|registrations|deliveries)\b)", re.I)
_PERCENT = regex(r"\d\s*(?:%|per\s*cent|percent)", re.I)


# "The", "These" or "Those" opening a word, written with its first letter first so that re passes over the text to
# the next "T" or "t" (a "\b" first was tried at every character of every article)
_DEFINITE_ELECTRIC = regex(r"[Tt](?<!\w[Tt])h(?:e|ese|ose)\s+(\d[\d,.]*\d)\s+(?:new\s+)?(?:electric\s+(?:cars?|vehicles?|models?)|EVs)\b")
_LINE_START = regex(r"(?:^|\n|[.!?]\s)[^\n.!?]*$")


def _restated_kin(text: str, lex: Lexicon) -> str | None:
    """"The 44,875 electric cars registered in July" after a table row "Battery electric (BEV) | 44,875": the
    definite article points back to a figure stated before, so "electric" in this article is what that row
    counts. Only where every such figure points back to one segment of electric cars."""
    found = set()
    for m in _DEFINITE_ELECTRIC.finditer(text):
        number = m.group(1)
        pos = text.find(number)
        while 0 <= pos < m.start(1):
            if not text[pos - 1:pos].isdigit() and not text[pos + len(number):pos + len(number) + 1].isdigit():
                line = _LINE_START.search(text, 0, pos)
                named = [lex.segment_of[x.group(0).lower()] for x in lex.segment_re.finditer(text, line.start() if line else 0, pos)]
                if named and named[-1] in ELECTRIC_KIN:
                    found.add(named[-1])
            pos = text.find(number, pos + 1)
    return found.pop() if len(found) == 1 else None


def electric_reading(text: str, lex: Lexicon, terms: Iterable[re.Match[str]] | None = None) -> str | None:
    """What "electric" and "EV" count in an article. Nothing apart where the article never sets electric cars
    apart from something larger, by another powertrain or a share ("Redwood delivered 38,614 electric vehicles
    … 33,636 vehicles in the first quarter": the article is about them). All plug-ins where it says so
    ("electric vehicles, which include BEVs and PHEVs"). Battery-electric cars where it names no plug-in
    hybrid, NEV, plug-in total or fuel cell ("Electric cars took 22.4%" beside petrol, diesel and hybrids).
    Else a segment of their own: beside plug-in hybrids "EVs" may be battery-electric cars or all plug-ins,
    beside fuel-cell buses "zero-emission buses" take them in."""
    apart, others = False, set()
    for m in lex.segment_re.finditer(text) if terms is None else terms:  # `terms`: the lexicon's segment words, found already
        label = lex.segment_of[m.group(0).lower()]
        if label != ELECTRIC:
            if lex.family(label) == "powertrain":
                apart = True
                others.add(label)
        elif not apart and not _ELECTRIC_THING.match(text, m.end()):
            start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            ends = [e for e in (text.find(". ", m.end()), text.find("\n", m.end())) if e >= 0]
            sentence = text[start:min(ends) if ends else len(text)]
            apart = any(_SHARE_WORDS.search(sentence, max(0, pct.start() - 60), pct.end() + 40) for pct in _PERCENT.finditer(sentence))
    if not apart:
        return None
    battery_electric, plug_ins = READINGS
    if (restated := _restated_kin(text, lex)) is not None:
        return restated
    if _ELECTRIC_WITH_PLUGINS.search(text):
        return plug_ins
    if ("lug-in" in text or "PHEV" in text) and _ELECTRIC_BESIDE_PLUGINS.search(text) and not _FUEL_CELL.search(text):
        return battery_electric  # "owners of electric and plug-in hybrid cars": set against plug-in hybrids, electric is battery-only
    if "lug-in" in text and _PLUGINS_APART.search(text) and not _FUEL_CELL.search(text):
        return battery_electric  # "Plug-in hybrids, which Meridian tracks separately, rose 4.1%": the electric count leaves them out
    return ELECTRIC if others & _PLUG_IN_KIN or _FUEL_CELL.search(text) else battery_electric


def names_electric_cars(m: re.Match[str]) -> bool:
    """Whether an electric word found in a text names electric cars, not what serves them nor a maker."""
    return not (_ELECTRIC_THING.match(m.string, m.end()) or m.group(0)[:1].isupper()
                and _BRAND_BEFORE.search(m.string, max(0, m.start() - 30), m.start()))


def counts_energy(unit: str) -> bool:
    """GWh and its kin: battery installations "in the EV market" count energy, not electric cars."""
    return bool(_ENERGY_UNIT.fullmatch(unit))
