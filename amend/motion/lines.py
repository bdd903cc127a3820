"""Where a motion's words sit in its file, and the line numbers some motions print.

Conference-style motions print a number at the start of every line ("4  residents and the
loss of the service to"), and their amendments say "in line 4".  Read as words, the numbers
would spoil every match, so ``read_located`` takes them off (keeping every column where it
was), reads the motion, and gives each paragraph a ``LineSpan`` (``amend.motion.located``):
for each file line of the paragraph, where it starts in the paragraph's words and the number
printed before it.
"""

from __future__ import annotations

import re

from amend.motion.tree import Motion, parse_motion
from amend.text.collector import fewer_collections
from amend.text.source import physical_lines

_PRINTED = re.compile(r"^[ \t\u00a0\ufeff]*(\d{1,4})(?=[ \t\u00a0]|$)")
_DIGIT_FIRST = re.compile(r"[ \t\u00a0\ufeff]*\d")  # a line's opening, where _PRINTED may match
_DIGIT_AFTER_BREAK = re.compile(r"[\n\r][ \t\u00a0\ufeff]*\d")
MIN_NUMBERED = 3  # fewer numbered lines than this are not a numbering


def printed_numbers(text: str) -> tuple[str, dict[int, int]]:
    """The text with printed line numbers blanked out (columns kept), and the number printed
    on each file line; unchanged and empty unless, from the first numbered line on, every
    line with words is numbered, the numbers run on by one, and some numbered line follows
    another directly (paragraph numbers with blank lines between are not a numbering)."""
    if not (_DIGIT_FIRST.match(text) or _DIGIT_AFTER_BREAK.search(text)):
        return text, {}  # no line opens with a number (the quick answer for a long motion)
    lines = physical_lines(text)
    found = {i: m for i, line in enumerate(lines, start=1) if (m := _PRINTED.match(line))}
    values = [int(m.group(1)) for _, m in sorted(found.items())]
    first = min(found, default=0)
    unnumbered = [i for i, line in enumerate(lines, start=1)
                  if i > first and i not in found and line.strip()]
    adjacent = any(i + 1 in found for i in found)
    if len(values) < MIN_NUMBERED or unnumbered or not adjacent or any(
            b != a + 1 for a, b in zip(values, values[1:], strict=False)):
        return text, {}
    for i, match in found.items():
        lines[i - 1] = lines[i - 1][:match.start(1)] + " " * len(match.group(1)) + \
            lines[i - 1][match.end(1):]
    return "\n".join(lines), {i: int(m.group(1)) for i, m in found.items()}


@fewer_collections
def read_located(text: str, source: str = "motion") -> Motion:
    """Read a motion, taking printed line numbers off first, with every paragraph located."""
    clean, printed = printed_numbers(text)
    return parse_motion(clean, source=source, printed=printed)
