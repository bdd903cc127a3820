"""Finding quotations before the grammar runs.

A lexer regex cannot tell the close of “… the “woeful underfunding” of …” from an inner
quote, nor an apostrophe (Ofsted’s) from a closing quote.  ``readings`` proposes every
plausible way to read a part's text: where each quotation ends, and where (after a colon)
unquoted new text begins.  The grammar and then the motion choose among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "„": "”"}
MAX_READINGS = 120
MAX_CLOSES = 4
# new text starts after a colon, or after a sentence that ends its line ("… to the motion.")
_CUT = re.compile(r":-?(?=\s|$)|[.;](?=[ \t]*\n)")
_LIKELY_AFTER = re.compile(r"\s*($|[,;:.)]|\n|and\b|in\b|with\b|for\b|of\b|replace|insert|"
                           r"delete|add|from\b|to\b|after\b|before\b|following\b|prior\b)",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of instruction words (``quoted`` False) or one quotation's content (True)."""

    text: str
    start: int
    quoted: bool


@dataclass(frozen=True, slots=True)
class Reading:
    """One way to read a part: its pieces, and where unquoted new text begins (or None)."""

    pieces: tuple[Piece, ...]
    block_start: int | None


def _opens(text: str, i: int) -> bool:
    char = text[i]
    if char not in PAIRS:
        return False
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    if char in "'\"‘" and (before.isalnum() or not after or after.isspace()):
        return before in " \n(:" and bool(after) and not after.isspace()
    return bool(after)


def _closes(text: str, opener_at: int) -> list[int]:
    """Candidate positions of the quotation's close, likeliest first; the end if none."""
    opener = text[opener_at]
    closer = PAIRS[opener]
    balanced, depth, others = None, 0, []
    for j in range(opener_at + 1, len(text)):
        char = text[j]
        if char == opener and opener != closer:
            if _opens(text, j):
                depth += 1
            elif text[j - 1].isspace() and not depth:
                others.append(j)  # a close printed with the opening glyph (‘Delete ‘)
            continue
        if char != closer:
            continue
        before, after = text[j - 1], text[j + 1:j + 2]
        if closer in "’'" and before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word
        if depth and opener != closer:
            depth -= 1
            others.append(j)
            continue
        if balanced is None:
            balanced = j
        else:
            others.append(j)
    likely = sorted(others, key=lambda j: (not _LIKELY_AFTER.match(text, j + 1), j))
    found = ([balanced] if balanced is not None else []) + likely
    return found[:MAX_CLOSES] or [len(text)]


def readings(text: str) -> Iterator[Reading]:
    """Every plausible reading of a part's text, the likeliest first (at most MAX_READINGS)."""
    count = 0

    def walk(pos: int, pieces: tuple[Piece, ...]) -> Iterator[Reading]:
        nonlocal count
        i = pos
        while i < len(text):
            cut = _CUT.match(text, i)
            if cut:
                count += 1
                yield Reading(pieces + (Piece(text[pos:cut.end()], pos, False),), cut.end())
            if _opens(text, i):
                head = pieces + (Piece(text[pos:i], pos, False),)
                for close in _closes(text, i):
                    if count >= MAX_READINGS:
                        return
                    quote = Piece(text[i + 1:close], i + 1, True)
                    yield from walk(close + 1, head + (quote,))
                return
            i += 1
        count += 1
        yield Reading(pieces + (Piece(text[pos:], pos, False),), None)

    for reading in walk(0, ()):
        if count > MAX_READINGS:
            return
        yield reading
