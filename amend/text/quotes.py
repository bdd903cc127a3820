"""Finding quotations before the grammar runs.

A lexer regex cannot tell the close of “… the “woeful underfunding” of …” from an inner
quote, nor an apostrophe (Ofsted’s) from a closing quote.  ``readings`` proposes every
plausible way to read a part's text: where each quotation ends, and where (after a colon)
unquoted new text begins.  The grammar and then the motion choose among them.

The search is iterative and each quotation's candidate closes are found from one index of
the text, so a part with a thousand quotations costs no more than a thousand lookups.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "„": "”"}
MAX_READINGS = 120
MAX_CLOSES = 4
# new text starts after a colon, or after a sentence that ends its line ("… to the motion.")
# with more text below it
_CUT = re.compile(r":-?(?=\s|$)|[.;](?=[ \t]*\n\s*\S)")
_SPACES = re.compile(r"\s*")
# a word on the same line after a quotation's close (not a new line, not another quotation)
_WORD_AFTER = re.compile(r"[ \t.;,:-]*[^\s.;,:\-“‘\"']")
_MARK = re.compile("[:.;" + "".join(PAIRS) + "]")
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


def _is_close(text: str, j: int) -> bool:
    """Whether a closing glyph can close a quotation (not an apostrophe inside a word)."""
    if text[j] not in "’'" or not j:
        return True
    return not (text[j - 1].isalnum() and text[j + 1:j + 2].isalnum())


class _Closes:
    """The candidate closes of every quotation in one text, likeliest first."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.every: dict[str, list[int]] = {}
        self.likely: dict[str, list[int]] = {}
        self.unlikely: dict[str, list[int]] = {}
        for closer in set(PAIRS.values()):
            found = [m.start() for m in re.finditer(re.escape(closer), text)
                     if _is_close(text, m.start())]
            self.every[closer] = found
            self.likely[closer] = [j for j in found if _LIKELY_AFTER.match(text, j + 1)]
            self.unlikely[closer] = [j for j in found if not _LIKELY_AFTER.match(text, j + 1)]
        # a close printed with the opening glyph after a space ("the word ‘Delete ‘ with")
        self.stray = {opener: [m.start() for m in re.finditer(re.escape(opener), text)
                               if m.start() and text[m.start() - 1].isspace()
                               and not _opens(text, m.start())]
                      for opener, closer in PAIRS.items() if opener != closer}
        self.balanced: dict[int, int] = {}
        self.known: dict[int, list[int]] = {}
        for opener, closer in PAIRS.items():
            if opener != closer:
                self._match(opener, closer)

    def _match(self, opener: str, closer: str) -> None:
        """Pair each opener with the close that balances it, as brackets pair."""
        waiting: list[int] = []
        for j, char in enumerate(self.text):
            if char == opener and _opens(self.text, j):
                waiting.append(j)
            elif char == closer and waiting and _is_close(self.text, j):
                self.balanced[waiting.pop()] = j

    def of(self, i: int) -> list[int]:
        """Positions of the close of the quotation opened at ``i``; the end if none."""
        if i not in self.known:
            self.known[i] = self._of(i)
        return self.known[i]

    def _of(self, i: int) -> list[int]:
        closer = PAIRS[self.text[i]]
        if closer == self.text[i]:
            after = _after(self.every[closer], i, 1, None)
            balanced = after[0] if after else None
        else:
            balanced = self.balanced.get(i)
        likely = _after(self.likely[closer], i, MAX_CLOSES, balanced)
        others = likely + _after(self.unlikely[closer], i, MAX_CLOSES - len(likely), balanced)
        if balanced is None:
            others += _after(self.stray.get(self.text[i], []), i, MAX_CLOSES, None)
        found = ([balanced] if balanced is not None else []) + others
        return found[:MAX_CLOSES] or [len(self.text)]


def _after(positions: list[int], i: int, count: int, skip: int | None) -> list[int]:
    """The first ``count`` of the sorted ``positions`` after ``i``, leaving out ``skip``."""
    start = bisect_right(positions, i)
    return [j for j in positions[start:start + count + 1] if j != skip][:max(count, 0)]


def _pieces(chain, last: Piece) -> tuple[Piece, ...]:
    found = [last]
    while chain is not None:
        piece, chain = chain
        found.append(piece)
    return tuple(reversed(found))


def _steps(text: str, pos: int, chain, closes: _Closes):
    """From ``pos``: a block reading at each colon, then for the next quotation one branch
    per candidate close (where reading goes on), or the finished reading if none is left.  A
    block after the instruction's first colon that opens with a quotation closed before more
    words ("Insert: “x” and reletter accordingly") is read after that quotation's branches,
    not before (once only: at every colon it would multiply the readings a long part of
    quotations and colons is searched through).  Each item comes with the last offset up to
    which the items after it read the same."""
    later: list[tuple[Reading, int]] = []  # block readings put after their opening quotation
    mark = _MARK.search(text, pos)
    while mark is not None:
        i = mark.start()
        cut = _CUT.match(text, i)
        if cut:
            reading = Reading(_pieces(chain, Piece(text[pos:cut.end()], pos, False)), cut.end())
            if chain is None and _words_after_quotation(text, cut.end(), closes):
                later.append((reading, cut.end() - 1))
            else:
                yield reading, cut.end() - 1
        if _opens(text, i):
            head = (Piece(text[pos:i], pos, False), chain)
            same = min([i + 1, *(offset for _, offset in later)])
            for close in closes.of(i):
                yield (close + 1, (Piece(text[i + 1:close], i + 1, True), head)), same
            yield from later
            return
        mark = _MARK.search(text, i + 1)
    yield from later
    yield Reading(_pieces(chain, Piece(text[pos:], pos, False)), None), len(text)


def _words_after_quotation(text: str, start: int, closes: _Closes) -> bool:
    """Whether the text from ``start`` opens with a quotation followed, on its line, by more
    words (looked at in place: a long part with many colons is not copied at each)."""
    opening = _SPACES.match(text, start).end()
    if opening >= len(text) or not _opens(text, opening):
        return False
    return _WORD_AFTER.match(text, closes.of(opening)[0] + 1) is not None


class Readings:
    """Every plausible reading of a part's text, the likeliest first (at most MAX_READINGS).

    A depth-first walk over each quotation's candidate closes, kept on an explicit stack.
    ``prune(at)`` says the last reading failed at offset ``at``: every reading that differs
    from it only after ``at`` would fail there too, and is skipped.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.closes = _Closes(text)
        self.stack = [[_steps(text, 0, None, self.closes), None]]
        self.count = 0

    def __iter__(self) -> Iterator[Reading]:
        return self

    def __next__(self) -> Reading:
        while self.stack and self.count < MAX_READINGS:
            frame = self.stack[-1]
            step = next(frame[0], None)
            if step is None:
                self.stack.pop()
                continue
            item, frame[1] = step
            if isinstance(item, Reading):
                self.count += 1
                return item
            self.stack.append([_steps(self.text, *item, self.closes), None])
        raise StopIteration

    def prune(self, at: int) -> None:
        """Skip the readings that read the same as the last one up to offset ``at``."""
        while self.stack and at <= self.stack[-1][1]:
            self.stack.pop()


def unpaired(text: str) -> list[int]:
    """Where the quotations that nothing closes open: a curly opening no close balances, and a
    straight quote that opens while another of its glyph is still open (or at the end)."""
    closes = _Closes(text)
    found = [i for i, char in enumerate(text) if char in PAIRS and PAIRS[char] != char
             and _opens(text, i) and i not in closes.balanced]
    for glyph in ('"', "'"):
        open_at = None
        for match in re.finditer(glyph, text):
            j = match.start()
            closing = j > 0 and not text[j - 1].isspace() and _is_close(text, j)
            if open_at is not None and closing:
                open_at = None
            elif _opens(text, j):
                if open_at is not None:
                    found.append(open_at)
                open_at = j
        if open_at is not None:
            found.append(open_at)
    return sorted(found)


def unclosed_opening(reading: Reading, text: str) -> int | None:
    """Where the quotation opens that ``reading`` takes to the end of ``text`` for want of a
    close (a quoted piece, or new text that opens with a quote and has no close), if any."""
    for piece in reading.pieces:
        if piece.quoted and piece.start + len(piece.text) >= len(text):
            return piece.start - 1
    if reading.block_start is None:
        return None
    block = text[reading.block_start:]
    start = reading.block_start + len(block) - len(block.lstrip())
    opener = text[start:start + 1]
    if opener in PAIRS and PAIRS[opener] not in text[start + 1:]:
        return start
    return None


def readings(text: str) -> Readings:
    """Every plausible reading of a part's text, the likeliest first (see ``Readings``)."""
    return Readings(text)
