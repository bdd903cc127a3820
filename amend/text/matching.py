"""Finding quoted words in paragraph text, in tiers: exact; then with whitespace, quote and
dash glyphs folded; then ignoring capitals (reported as a warning)."""

from __future__ import annotations

import difflib
import re

_FOLD = str.maketrans({"‘": "'", "’": "'", "‛": "'", "`": "'", "“": '"', "”": '"', "„": '"',
                       "‟": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ",
                       "\t": " ", "\n": " "})
EXACT, FOLDED, CASELESS = "exact", "folded", "caseless"


def fold(text: str) -> tuple[str, list[int]]:
    """Text with glyphs folded and whitespace runs collapsed, and each folded char's origin."""
    out, origin = [], []
    previous_space = False
    for i, char in enumerate(text.translate(_FOLD)):
        if char == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(char)
        origin.append(i)
    return "".join(out), origin


_SPACE_RUN = re.compile(" {2,}")


def folded(text: str) -> str:
    """``fold(text)[0]`` without the origins: quick, for comparing whole texts."""
    return _SPACE_RUN.sub(" ", text.translate(_FOLD))


def _whole_words(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that do not start or end inside a word ("poor" is not in "poorly")."""
    def inside(i: int) -> bool:
        return 0 < i < len(body) and body[i - 1].isalnum() and body[i].isalnum()
    return [(a, b) for a, b in spans if not inside(a) and not inside(b)]


def occurrences(body: str, needle: str) -> tuple[list[tuple[int, int]], str]:
    """Every (start, end) of ``needle`` as whole words in ``body``, at the first tier that
    finds any."""
    needle = needle.strip()
    if not needle:
        return [], EXACT
    found = _whole_words(body, [(m.start(), m.start() + len(needle))
                                for m in re.finditer(re.escape(needle), body)])
    if found:
        return found, EXACT
    folded_body, origin = fold(body)
    folded_needle = fold(needle)[0].strip()
    for tier, haystack, target in ((FOLDED, folded_body, folded_needle),
                                   (CASELESS, folded_body.casefold(), folded_needle.casefold())):
        spans = []
        start = haystack.find(target)
        while start >= 0:
            end = start + len(target)
            spans.append((origin[start], origin[end - 1] + 1))
            start = haystack.find(target, start + 1)
        spans = _whole_words(body, spans)
        if spans:
            return spans, tier
    return [], EXACT


def closest_words(needle: str, bodies: list[str]) -> str | None:
    """The run of words in ``bodies`` most like ``needle``, for a "did you mean" hint."""
    size = max(1, len(needle.split()))
    windows = []
    for body in bodies:
        words = body.split()
        windows.extend(" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1)))
    found = difflib.get_close_matches(needle, windows, n=1, cutoff=0.5)
    return found[0] if found else None


_SENTENCE_END = re.compile(r"(?<=[.!?])[”’\"']?\s+(?=[A-Z“‘\"'(])")


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph's words."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(body):
        spans.append((start, match.start() + len(match.group(0).rstrip())))
        start = match.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()]


def contiguous(indexes: list[int]) -> list[list[int]]:
    """Sorted indexes grouped into runs of consecutive ones: [1, 2, 5] gives [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs
