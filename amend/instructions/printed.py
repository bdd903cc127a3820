"""The consolidated result an amendment prints: "The amended motion will read:-" and the text.

It is not an instruction but a second witness of what the instructions mean: the text after
the lead-in is read as a motion (paragraphs and labels kept) and carried on the amendment,
and applying compares its result with it.  The lead-ins are read here, from one table, not by
the grammar; an amendment that is nothing but a lead-in and its text ("Motion to read if
carried: …") replaces the whole motion with that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from amend.errors import Span
from amend.motion.tree import Motion

_NOUN = r"(?:substantive\s+)?(?:motion|white\s+paper|resolution|recommendations?|text)"
_WILL = r"(?:will|would|shall)\s+(?:then\s+)?(?:now\s+)?read"
# One row per way of saying "the text that follows is the motion as amended".
LEAD_INS = (
    rf"(?:the\s+)?amended\s+{_NOUN}\s+{_WILL}",  # "The amended motion will read:-"
    rf"(?:the\s+)?{_NOUN}\s+as\s+amended\s+{_WILL}",  # "The motion as amended will read:"
    rf"(?:the\s+)?{_NOUN}\s+{_WILL}",  # "The motion would then read:"
    rf"(?:the\s+)?{_NOUN}\s+to\s+read\s+if\s+(?:carried|agreed)",  # "Motion to read if carried:"
    rf"if\s+(?:carried|agreed),?\s+the\s+{_NOUN}\s+{_WILL}",  # "If carried, the motion will read:"
)


@cache
def lead_in() -> re.Pattern:
    """The lead-ins as one pattern, compiled on first use (most amendments have none)."""
    return re.compile(rf"^[ \t]*(?:{'|'.join(LEAD_INS)})(?:\s+as\s+follows)?[ \t]*:-?",
                      re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class PrintedResult:
    """Where an amendment's printed result starts: its lead-in's words, the offsets of the
    lead-in and of the text after it, and the lead-in's place."""

    lead_in: str
    start: int
    text_start: int
    span: Span


def find_printed(body: str, span_of) -> PrintedResult | None:
    """The first lead-in of a printed result in ``body`` followed by some text, or None;
    ``span_of`` turns an offset into a ``Span``."""
    if "read" not in body.lower():  # every lead-in says "read"
        return None
    for match in lead_in().finditer(body):
        if body[match.end():].strip():
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            return PrintedResult(" ".join(match.group().split()), start, match.end(),
                                 span_of(start))
    return None


def read_printed(body: str, found: PrintedResult, source: str) -> Motion:
    """The printed text as a motion, its paragraphs placed at their lines in ``source`` (on
    the lead-in's own line, at column 1)."""
    from amend.motion.lines import read_located

    rest = body[found.text_start:]
    first_line = rest.split("\n", 1)[0]
    if first_line.strip():
        rest = rest.lstrip(" ")
    return read_located("\n" * body.count("\n", 0, found.text_start) + rest, source=source)
