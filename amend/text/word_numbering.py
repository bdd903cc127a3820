"""Word's automatic list numbering: the label ("(a)", "1.", "(ii)", "•") a paragraph shows.

A numbered paragraph names a numbering instance (``w:numId``) and a level (``w:ilvl``), in its
own properties or its style's.  The instance points at an abstract definition whose levels
give the format (``w:numFmt``), the pattern (``w:lvlText``, "(%1)") and the start.  Counting
is per list (abstract definition) and level, as Word counts: instances of one definition
continue each other unless one restarts (``w:startOverride``); a deeper level starts again
after each paragraph at a shallower one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LEVEL_REF = re.compile(r"%([1-9])")
_BULLET_KEPT = "·•-–*▪◦"


def w(tag: str) -> str:
    """A WordprocessingML name in Clark notation: ``w("p")`` is ``{…/main}p``."""
    return f"{{{W}}}{tag}"


def _val(element, path: str) -> str | None:
    """The ``w:val`` of the first element at ``path`` under ``element``, or None."""
    if element is None:
        return None
    found = element.find(path, {"w": W})
    return None if found is None else found.get(w("val"))


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list: how its count is printed and where it starts."""

    start: int
    fmt: str
    pattern: str
    legal: bool = False

    @classmethod
    def read(cls, lvl) -> Level:
        return cls(_int(_val(lvl, "w:start"), 1), _val(lvl, "w:numFmt") or "decimal",
                   _val(lvl, "w:lvlText") or "", lvl.find("w:isLgl", {"w": W}) is not None)


def _roman(number: int) -> str:
    values = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
              (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    for value, numeral in values:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def format_count(count: int, fmt: str) -> str:
    """A count as Word prints it in ``fmt`` (lowerLetter 27 is "aa", as Word writes it)."""
    if fmt in ("lowerLetter", "upperLetter") and count > 0:
        letters = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and count > 0:
        return _roman(count) if fmt == "lowerRoman" else _roman(count).upper()
    if fmt == "decimalZero":
        return f"{count:02d}"
    if fmt == "none":
        return ""
    return str(count)


def bullet_glyph(pattern: str) -> str:
    """A bullet as a clerk types it: Symbol-font and "o" bullets become "•"."""
    glyph = pattern.strip()[:1]
    return glyph if glyph and glyph in _BULLET_KEPT else "•"


class Numbering:
    """The numbering definitions of a document and the style each paragraph style numbers by."""

    def __init__(self, numbering_xml, styles_xml) -> None:
        self.instances: dict[int, tuple[int, dict[int, int], dict[int, Level]]] = {}
        self.abstracts: dict[int, dict[int, Level]] = {}
        self.style_numbers: dict[str, tuple[int | None, int | None]] = {}
        self.style_parents: dict[str, str] = {}
        if styles_xml is not None:
            self._read_styles(styles_xml)
        if numbering_xml is not None:
            self._read_numbering(numbering_xml)

    def _read_styles(self, styles_xml) -> None:
        for style in styles_xml.iterfind("w:style", {"w": W}):
            style_id = style.get(w("styleId")) or ""
            parent = _val(style, "w:basedOn")
            if parent:
                self.style_parents[style_id] = parent
            num_pr = style.find("w:pPr/w:numPr", {"w": W})
            if num_pr is not None:
                self.style_numbers[style_id] = (_int(_val(num_pr, "w:numId")),
                                                _int(_val(num_pr, "w:ilvl")))

    def _read_numbering(self, numbering_xml) -> None:
        links: dict[int, str] = {}
        for abstract in numbering_xml.iterfind("w:abstractNum", {"w": W}):
            number = _int(abstract.get(w("abstractNumId")))
            if number is None:
                continue
            self.abstracts[number] = {_int(lvl.get(w("ilvl")), 0): Level.read(lvl)
                                      for lvl in abstract.iterfind("w:lvl", {"w": W})}
            link = _val(abstract, "w:numStyleLink")
            if link:
                links[number] = link
        for num in numbering_xml.iterfind("w:num", {"w": W}):
            num_id, abstract = _int(num.get(w("numId"))), _int(_val(num, "w:abstractNumId"))
            if num_id is None or abstract is None:
                continue
            starts, levels = {}, {}
            for override in num.iterfind("w:lvlOverride", {"w": W}):
                ilvl = _int(override.get(w("ilvl")), 0)
                start = _int(_val(override, "w:startOverride"))
                if start is not None:
                    starts[ilvl] = start
                lvl = override.find("w:lvl", {"w": W})
                if lvl is not None:
                    levels[ilvl] = Level.read(lvl)
            self.instances[num_id] = (abstract, starts, levels)
        for abstract, style_id in links.items():  # a list defined by a numbering style
            linked = self.instances.get(self.style_numbers.get(style_id, (None, None))[0])
            if linked is None or self.abstracts.get(abstract):
                continue
            for num_id, (source, starts, levels) in list(self.instances.items()):
                if source == abstract:
                    self.instances[num_id] = (linked[0], starts, levels)

    def reference(self, p) -> tuple[int, int] | None:
        """The (numId, ilvl) a paragraph is numbered by, directly or through its style."""
        num_pr = p.find("w:pPr/w:numPr", {"w": W})
        num_id = _int(_val(num_pr, "w:numId"))
        ilvl = _int(_val(num_pr, "w:ilvl"))
        style = _val(p, "w:pPr/w:pStyle")
        seen = set()
        while (num_id is None or ilvl is None) and style and style not in seen:
            seen.add(style)
            style_num, style_lvl = self.style_numbers.get(style, (None, None))
            num_id = style_num if num_id is None else num_id
            ilvl = style_lvl if ilvl is None else ilvl
            style = self.style_parents.get(style)
        if not num_id or num_id not in self.instances:  # numId 0 switches numbering off
            return None
        return num_id, ilvl or 0

    def level(self, num_id: int, ilvl: int) -> Level | None:
        abstract, _, levels = self.instances[num_id]
        return levels.get(ilvl) or self.abstracts.get(abstract, {}).get(ilvl)

    def counter(self) -> Counter:
        """A fresh count of every list, for one reading of the document."""
        return Counter(self)


class Counter:
    """Counts numbered paragraphs in reading order and prints each one's label."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering
        self.counts: dict[int, dict[int, int]] = {}
        self.restarted: set[tuple[int, int]] = set()

    def label(self, reference: tuple[int, int]) -> str:
        """Count one more paragraph at this list and level; the label it shows ("" if none)."""
        num_id, ilvl = reference
        level = self.numbering.level(num_id, ilvl)
        if level is None:
            return ""
        abstract, starts, _ = self.numbering.instances[num_id]
        counts = self.counts.setdefault(abstract, {})
        if ilvl in starts and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counts[ilvl] = starts[ilvl]
        elif ilvl in counts:
            counts[ilvl] += 1
        else:
            counts[ilvl] = level.start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return bullet_glyph(level.pattern)
        return _LEVEL_REF.sub(lambda m: self._count_text(num_id, int(m.group(1)) - 1, level),
                              level.pattern).strip()

    def _count_text(self, num_id: int, ilvl: int, shown: Level) -> str:
        level = self.numbering.level(num_id, ilvl)
        if level is None:
            return ""
        abstract = self.numbering.instances[num_id][0]
        count = self.counts.get(abstract, {}).get(ilvl, level.start)
        return format_count(count, "decimal" if shown.legal else level.fmt)
