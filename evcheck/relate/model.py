"""The `Claim`: a relation the text asserts between figures, to be recomputed by a rule."""

from __future__ import annotations

from dataclasses import dataclass, field

OPEN_TOTAL = "open_total"  # in a claim's `extra`: its total stays open to other breakdowns (a table's regions and the prose's)


@dataclass(frozen=True)
class Claim:
    """`roles` names each figure's part (rate, new, old, parts, total, …); `subject` is the figure
    whose stated value the rule tests. `sign` is the direction the words state (+1 up, -1 down).
    """

    rule: str
    subject: str
    roles: dict[str, str | tuple[str, ...]]
    sign: int = 0
    basis: str = "unspecified"
    mode: str | None = None
    note: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def figures(self) -> tuple[str, ...]:
        ids: list[str] = []
        for value in self.roles.values():
            for fid in (value if isinstance(value, tuple) else (value,)):
                if fid not in ids:
                    ids.append(fid)
        return tuple(ids)


ADDED_SUM = "a sum the words say"  # "Adding A to B gives C": the total is the parts' by the words, whatever periods they carry


CHANGE_RULES = ("growth", "multiple", "difference", "direction")  # the rules that join a new value with an earlier one


def earlier_values(claims: list[Claim], rules: tuple[str, ...] = CHANGE_RULES) -> dict[str, dict[str, str]]:
    """The earlier values the change claims of `rules` give each new value, with each claim's basis: what the joins that
    restate a checked relation for the year before (its share, its sum) start from."""
    out: dict[str, dict[str, str]] = {}
    for c in claims:
        new, old = c.roles.get("new"), c.roles.get("old")
        if c.rule in rules and isinstance(new, str) and isinstance(old, str):
            out.setdefault(new, {})[old] = c.basis
    return out
