"""What the meeting carried: ``--carried "3(g)(h)"``, ``--carried 1,2``, ``all`` or ``none``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amend.errors import CarriedSpecError

_ITEM = re.compile(r"\s*(\d{1,2})\s*((?:\(\s*[A-Za-z0-9]{1,5}\s*\)\s*)*)\s*(?:,|$)")


@dataclass(frozen=True, slots=True)
class Carried:
    """Parts carried, each with the labels of its new paragraphs carried (empty: all of them)."""

    parts: tuple[tuple[int, tuple[str, ...]], ...]

    def includes(self, part: int | None) -> bool:
        """Whether a part carried; a lone unnumbered instruction carries if anything did."""
        if part is None:
            return bool(self.parts)
        return any(n == part for n, _ in self.parts)

    def labels(self, part: int | None) -> tuple[str, ...]:
        return next((labels for n, labels in self.parts if n == part), ())


def parse_carried(spec: str) -> Carried | None:
    """Read a carried specification: part numbers with their paragraphs ("3(g)(h)", "1,2"),
    "all" (None: carried in full) or "none" (nothing carried); a bad one raises
    ``CarriedSpecError``."""
    items, pos = [], 0
    spec = spec.strip()
    if spec.lower() in ("all", "none"):
        return None if spec.lower() == "all" else Carried(())
    while pos < len(spec):
        match = _ITEM.match(spec, pos)
        if not match or match.end() == pos:
            raise CarriedSpecError(
                f"cannot read the carried parts “{spec}” at “{spec[pos:]}”",
                hint="expected part numbers with optional paragraph labels, e.g. 1,2 or "
                     "3(g)(h), or all, or none")
        labels = tuple(x.strip().lower() for x in re.findall(r"\(([^)]*)\)", match.group(2)))
        items.append((int(match.group(1)), labels))
        pos = match.end()
    if not items:
        raise CarriedSpecError("no parts named as carried", hint="e.g. 1,2 or 3(g)(h), or none")
    return Carried(tuple(items))
