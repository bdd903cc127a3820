"""The sentences of a paragraph's words: a full stop, question or exclamation mark, then a
space and a capital, ends one, except after a title ("Cllr.", "No.") or a capital initial
("D. R. Schmidt"). An initial that stands alone after a word ("from S. Campbell") could end a
sentence as well ("Option B. The …"): it is read as an initial and reported as a doubt."""

from __future__ import annotations

import re

_END = re.compile(r"(?<=[.!?])[”’\"']?\s+(?=[A-Z“‘\"'(])")
_OPENERS = "(“‘\"'"
# abbreviations that stand before a name or a number, never at the end of a sentence
_TITLES = frozenset({"mr", "mrs", "ms", "mx", "dr", "cllr", "prof", "rev", "revd", "st", "no",
                     "nos", "hon", "sgt", "capt", "lt", "col", "gen", "insp", "supt"})
_NAMING = _TITLES | {"councillor", "councillors"}  # words an initial follows in a name


def _word_before(body: str, end: int) -> str:
    """The word that ends at ``end`` (without the opening brackets or quotes before it)."""
    start = end
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    return body[start:end].lstrip(_OPENERS)


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _stops(body: str) -> list[tuple[re.Match, bool]]:
    """Each place a sentence may end, and whether it is a stop after an initial that stands
    alone (read as an initial, in doubt)."""
    stops = []
    for match in _END.finditer(body):
        stop = match.start() - 1
        if body[stop] != ".":
            stops.append((match, False))
            continue
        word = _word_before(body, stop)
        if word.lower() in _TITLES:
            continue
        if _is_initial(word):
            before = _word_before(body, max(0, stop - len(word) - 1)).rstrip(".")
            after = body[match.end():match.end() + 2]
            named = _is_initial(before) or before.lower() in _NAMING
            if not (named or (after[:1].isupper() and after[1:] == ".")):
                stops.append((match, True))
            continue
        stops.append((match, False))
    return stops


def read_sentences(body: str) -> tuple[list[tuple[int, int]], list[int]]:
    """``sentence_spans`` and ``doubtful_initials`` of a paragraph's words, in one pass."""
    spans, doubts, start = [], [], 0
    for match, doubtful in _stops(body):
        if doubtful:
            doubts.append(match.start() - 1)
            continue
        spans.append((start, match.start() + len(match.group(0).rstrip())))
        start = match.end()
    spans.append((start, len(body)))
    return [(s, e) for s, e in spans if body[s:e].strip()], doubts


def sentence_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph's words."""
    return read_sentences(body)[0]


def doubtful_initials(body: str) -> list[int]:
    """Where an initial that stands alone after a word ends ("from S. Campbell": the offset of
    its full stop), which ``sentence_spans`` did not take for a sentence's end."""
    return read_sentences(body)[1]
