"""A redline: the motion as moved against the motion as amended, word by word.

Lines are aligned with difflib; changed lines are compared word by word.  Each segment is
("same" | "deleted" | "added", text); renderers style them (rich, plain markers, HTML).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from amend.motion.tree import Motion
from amend.render.text import render_text


@dataclass(frozen=True, slots=True)
class RedlineLine:
    """One line of the redline as styled segments."""

    segments: tuple[tuple[str, str], ...]


def word_segments(before: str, after: str) -> tuple[tuple[str, str], ...]:
    """Two texts compared word by word, as styled segments."""
    a, b = before.split(" "), after.split(" ")
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("deleted", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("added", " ".join(b[j1:j2])))
    return tuple(out)


def _similar(x: str, y: str) -> float:
    return difflib.SequenceMatcher(None, x.split(" "), y.split(" "), autojunk=False).ratio()


def _pair(a: list[str], b: list[str]) -> list[RedlineLine]:
    """Lines replaced by others: each new line is set against the most alike old line still
    ahead (if alike enough) and compared word by word; the rest are deleted or added."""
    out: list[RedlineLine] = []
    i = 0
    for line in b:
        scores = [(_similar(old, line), k) for k, old in enumerate(a[i:], start=i)]
        best, k = max(scores, default=(0.0, -1))
        if best < 0.5:
            out.append(RedlineLine((("added", line),)))
            continue
        out.extend(RedlineLine((("deleted", old),)) for old in a[i:k])
        out.append(RedlineLine(word_segments(a[k], line)))
        i = k + 1
    out.extend(RedlineLine((("deleted", old),)) for old in a[i:])
    return out


def redline(original: Motion, amended: Motion) -> tuple[RedlineLine, ...]:
    """The redline of two motions, one entry per printed line (blank lines omitted)."""
    a = [line for line in render_text(original).split("\n") if line]
    b = [line for line in render_text(amended).split("\n") if line]
    out: list[RedlineLine] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend(RedlineLine((("same", line),)) for line in a[i1:i2])
        else:
            out.extend(_pair(a[i1:i2], b[j1:j2]))
    return tuple(out)


MARKS = {"same": "{}", "deleted": "[-{}-]", "added": "{{+{}+}}"}


def plain_line(line: RedlineLine) -> str:
    """One redline line with wdiff-style markers: ``[-deleted-]`` and ``{+added+}``."""
    return " ".join(MARKS[kind].format(text) for kind, text in line.segments if text)


def render_redline_plain(lines: tuple[RedlineLine, ...]) -> str:
    """A plain redline, one marked-up line per printed line."""
    return "\n".join(plain_line(line) for line in lines) + "\n"
