"""Paragraph labels: ``(a)`` ``a)`` ``a.`` ``(i)`` ``(1)`` ``1.`` ``(A)`` and bullets.

A label has a *kind* (how it counts), a *form* (how it is printed around the count) and an
*index* (1-based).  ``(i)`` is ambiguous between the letter i and the roman one; reading a
label yields every interpretation and the motion reader chooses by context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache


class LabelKind(StrEnum):
    """How a label counts: letters, capitals, roman numerals, numbers, or not at all."""

    ALPHA = "alpha"
    UPPER = "upper"
    ROMAN = "roman"
    UPPER_ROMAN = "upper_roman"
    NUMBER = "number"
    BULLET = "bullet"


ALPHA, UPPER, ROMAN, UPPER_ROMAN, NUMBER, BULLET = LabelKind
PAREN, CLOSE, DOT = "(x)", "x)", "x."
_FORMS = {"paren": PAREN, "close": CLOSE, "dot": DOT}  # the label pattern's group of each form
BULLET_GLYPHS = "·•-–*▪◦"

_ROMAN_VALUES = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90),
                 ("l", 50), ("xl", 40), ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
_ROMAN_RE = re.compile(r"^m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_LABEL_RE = re.compile(
    r"^(?:\((?P<paren>[A-Za-z]|[ivxlIVXL]+|\d{1,4})\)"
    r"|(?P<close>[A-Za-z]|[ivxlIVXL]+|\d{1,4})\)"
    r"|(?P<dot>[A-Za-z]|[ivxlIVXL]+|\d{1,4})\."
    rf"|(?P<bullet>[{re.escape(BULLET_GLYPHS)}]))(?:\s+|$)")


@dataclass(frozen=True, slots=True)
class Label:
    """A paragraph label such as ``(b)``: its kind, its printed form and its 1-based index."""

    kind: LabelKind
    form: str
    index: int = 1
    glyph: str = ""

    @property
    def style(self) -> tuple[str, str]:
        """What makes two labels members of the same list (bullet glyphs may vary)."""
        return (self.kind, "" if self.kind == BULLET else self.form)

    @property
    def count(self) -> str:
        """The count as printed without its brackets: ``b``, ``iii``, ``12``."""
        return count_text(self.kind, self.index)

    @property
    def text(self) -> str:
        """The label as printed: ``(b)``, ``b)``, ``b.`` or a bullet glyph."""
        if self.kind == BULLET:
            return self.glyph or "•"
        return self.form.replace("x", self.count)

    def with_index(self, index: int) -> Label:
        """The same style of label at another position in its list."""
        return replace(self, index=index)


def to_roman(number: int) -> str:
    """Lower-case roman numeral of a positive integer."""
    out = []
    for numeral, value in _ROMAN_VALUES:
        while number >= value:
            out.append(numeral)
            number -= value
    return "".join(out)


def from_roman(numeral: str) -> int | None:
    """Value of a roman numeral, or None when the letters are not one."""
    numeral = numeral.lower()
    if not numeral or not _ROMAN_RE.match(numeral):
        return None
    total, i = 0, 0
    for letters, value in _ROMAN_VALUES:
        while numeral.startswith(letters, i):
            total += value
            i += len(letters)
    return total


def count_text(kind: LabelKind, index: int) -> str:
    """How ``index`` is printed in a list of ``kind``."""
    if kind == ALPHA:
        return chr(ord("a") + index - 1)
    if kind == UPPER:
        return chr(ord("A") + index - 1)
    if kind == ROMAN:
        return to_roman(index)
    if kind == UPPER_ROMAN:
        return to_roman(index).upper()
    if kind == NUMBER:
        return str(index)
    return ""


def max_index(kind: LabelKind) -> int:
    """The largest index a list of ``kind`` can print (letters stop at z)."""
    return 26 if kind in (ALPHA, UPPER) else 3999


@lru_cache(maxsize=4096)
def interpretations(count: str, form: str) -> tuple[Label, ...]:
    """Every label a printed count can be: ``i`` is both the letter i and roman one (shared:
    a long motion's thousands of "(a)" are one label)."""
    if count.isdigit():
        return (Label(NUMBER, form, int(count)),) if int(count) > 0 else ()
    found: list[Label] = []
    if len(count) == 1:
        kind = ALPHA if count.islower() else UPPER
        found.append(Label(kind, form, ord(count.lower()) - ord("a") + 1))
    # Lists are numbered in roman with i, v, x and l only: "(c)", "(d)" and "(m)" are letters.
    romanish = set(count.lower()) <= set("ivxl") and (count.islower() or count.isupper())
    value = from_roman(count) if romanish else None
    if value:
        found.append(Label(ROMAN if count.islower() else UPPER_ROMAN, form, value))
    # A multi-letter count reads only as roman; a lone i, v, x or l reads either way.
    return tuple(found) if len(count) == 1 or value else ()


def reads_as(count: str, kind: LabelKind, index: int) -> bool:
    """Whether a printed count can be the label of ``kind`` at ``index`` (“i” the ninth
    letter, or roman one)."""
    return any(label.kind == kind and label.index == index
               for label in interpretations(count, PAREN))


def read_label(line: str) -> tuple[tuple[Label, ...], str]:
    """Split a leading label off ``line``: its interpretations (none if unlabelled) and the rest."""
    match = _LABEL_RE.match(line)
    if not match:
        return (), line
    rest = line[match.end():]
    if match.lastgroup == "bullet":
        return (Label(BULLET, "", 0, match.group("bullet")),), rest
    found = interpretations(match.group(match.lastgroup), _FORMS[match.lastgroup])
    return (found, rest) if found and rest.strip() else ((), line)


# the paragraph reader asks of each line, then the tree of each paragraph's first line
cached_label = lru_cache(maxsize=1024)(read_label)


def label_length(line: str) -> int:
    """Length of the label, bullet or numbered point a line starts with (0 if none); a label
    alone on its line ("(a)" or "a)", its words on the next line) is the whole line ("a." or
    "2019." alone is a sentence as likely as a label, and is left as words)."""
    labels, rest = cached_label(line)
    if labels:
        return len(line) - len(rest)
    # read_label wants words after a count: try the line as a label with words to follow
    alone, _ = read_label(f"{line} …") if line.endswith(")") else ((), "")
    return len(line) if alone else 0


def label_key(count: str) -> str:
    """Normalise a reference's count for lookup: ``(F)`` and ``f`` and ``F.`` all give ``f``."""
    return count.strip().strip("().").lower()
