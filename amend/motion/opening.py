"""How a resolution or a motion opens: "RESOLVED:" (or "The Council resolved:-") and "That
this Council …".  One definition, used by the minutes reader (where a resolution starts) and
the comparison (openings are folded when a record is checked)."""

from __future__ import annotations

import re

BODY = r"(?:council|committee|cabinet|board|meeting)"
# "RESOLVED", "RESOLVED:", "RESOLVED –", "The Council resolved:-" and the spaces after them
RESOLVED = re.compile(rf"^(?:(?:the\s+)?{BODY}\s+)?resolved\b\s*(?:[:–—-]+\s*)?", re.IGNORECASE)
# "That this ", "That the ", "This ", "That " before "Council" (the body itself is kept)
OPENING = re.compile(rf"^(?:that\s+)?(?:this\s+|the\s+)?(?={BODY}\b)", re.IGNORECASE)
# an opening with no words of its own: "That:", "RESOLVED – That:-"
BARE_THAT = re.compile(r"that\s*:?-?", re.IGNORECASE)
THAT = re.compile(r"that\b", re.IGNORECASE)


def resolved_text(line: str) -> str | None:
    """The words after "RESOLVED:" on a line that opens with it ("" for a bare heading);
    None when the line does not open with it."""
    match = RESOLVED.match(line)
    return line[match.end():].strip() if match else None


def opens_with_body(text: str) -> bool:
    """Whether a text opens as a motion does: "That this Council", "The Committee", …"""
    return OPENING.match(text.strip()) is not None


def strip_opening(text: str) -> str:
    """A first paragraph without "RESOLVED:", nor "That this" before "Council"."""
    return OPENING.sub("", RESOLVED.sub("", text, count=1), count=1)


def opens_with_that(text: str) -> bool:
    """Whether a text opens as a resolution does: "That …", "RESOLVED – That …"."""
    return THAT.match(RESOLVED.sub("", text.strip(), count=1)) is not None


def is_bare_opening(text: str) -> bool:
    """Whether a preamble is only the resolution's opening word ("That:", "RESOLVED – That:"),
    which says nothing a record must keep."""
    return BARE_THAT.fullmatch(strip_opening(text).strip()) is not None
