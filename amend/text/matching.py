"""Finding quoted words in paragraph text, in tiers: exact; then with whitespace, quote and
dash glyphs folded; then ignoring capitals.  Occurrences are counted at the loosest tier and
each keeps the tier it needed, so the engine can warn of a caseless match."""

from __future__ import annotations

import difflib
import re
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

SINGLE_QUOTES = "'‘’‛`"
DOUBLE_QUOTES = '"“”„‟'
DASHES = "-–—‐‑"
FOLD = str.maketrans({**{c: "'" for c in SINGLE_QUOTES}, **{c: '"' for c in DOUBLE_QUOTES},
                       **{c: "-" for c in DASHES}, "\u00a0": " ", "\t": " ", "\n": " "})


class Tier(IntEnum):
    """How loosely quoted words matched, from strictest to loosest."""

    EXACT = 0
    FOLDED = 1  # quote and dash glyphs and whitespace ignored
    CASELESS = 2  # capitals ignored as well


def fold(text: str) -> tuple[str, list[int]]:
    """Text with glyphs folded and whitespace runs collapsed, and each folded char's origin."""
    out, origin = [], []
    previous_space = False
    for i, char in enumerate(text.translate(FOLD)):
        if char == " ":
            if previous_space:
                continue
            previous_space = True
        else:
            previous_space = False
        out.append(char)
        origin.append(i)
    return "".join(out), origin


def _glyph_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_CLASSES = {**{c: _glyph_class(SINGLE_QUOTES) for c in SINGLE_QUOTES},
            **{c: _glyph_class(DOUBLE_QUOTES) for c in DOUBLE_QUOTES},
            **{c: _glyph_class(DASHES) for c in DASHES}}


_NOT_AFTER_WORD, _NOT_BEFORE_WORD = r"(?<![^\W_])", r"(?![^\W_])"


@lru_cache(maxsize=1024)
def loose_pattern(needle: str) -> re.Pattern[str]:
    """A pattern that finds ``needle`` as whole words at the loosest tier: any quote or dash
    glyph for one, any run of whitespace for one, capitals ignored ("poor" is not in
    "poorly")."""
    needle = needle.strip()
    pieces = [_NOT_AFTER_WORD] if needle[:1].isalnum() else []
    for run in re.split(r"(\s+)", needle):
        if run.isspace():
            pieces.append(r"\s+")
        else:
            pieces.extend(_CLASSES.get(char) or re.escape(char) for char in run)
    if needle[-1:].isalnum():
        pieces.append(_NOT_BEFORE_WORD)
    return re.compile("".join(pieces), re.IGNORECASE)


_WORD_CHAR = re.compile(r"[^\W_]")


@lru_cache(maxsize=1024)
def _scanner(needle: str) -> tuple[re.Pattern[str], bool]:
    """``loose_pattern`` without its leading look-behind, which keeps the regex engine from
    scanning fast for the first characters (four times slower over a long text), and whether
    a match must then be checked not to follow a word character."""
    pattern = loose_pattern(needle)
    if pattern.pattern.startswith(_NOT_AFTER_WORD):
        return re.compile(pattern.pattern[len(_NOT_AFTER_WORD):], re.IGNORECASE), True
    return pattern, False


def _loose_matches(body: str, needle: str) -> Iterator[re.Match[str]]:
    """What ``loose_pattern(needle).finditer(body)`` gives (its matches are never empty): a
    start that follows a word character is tried again one character on, as the look-behind
    would have failed there."""
    pattern, whole_start = _scanner(needle)
    at = 0
    while (match := pattern.search(body, at)) is not None:
        start = match.start()
        if whole_start and start and _WORD_CHAR.match(body, start - 1):
            at = start + 1
            continue
        yield match
        at = match.end()


def plain(text: str) -> str:
    """Text with quote and dash glyphs folded and whitespace runs made one space."""
    return " ".join(text.translate(FOLD).split())


def tier_of(found: str, needle: str) -> Tier:
    """How loosely ``found`` matches ``needle``: as printed, folded, or only caseless."""
    if found == needle:
        return Tier.EXACT
    return Tier.FOLDED if plain(found) == plain(needle) else Tier.CASELESS


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence of quoted words in a text: where, and at which tier it matched."""

    start: int
    end: int
    tier: Tier


def find_words(body: str, needle: str) -> list[Hit]:
    """Every occurrence of ``needle`` as whole words in ``body`` at the loosest tier (so an
    exact-case hit never hides an earlier caseless one), in order, each with its tier."""
    needle = needle.strip()
    if not needle:
        return []
    return [Hit(m.start(), m.end(), tier_of(m.group(), needle))
            for m in _loose_matches(body, needle)]


def occurrences(body: str, needle: str) -> tuple[list[tuple[int, int]], Tier]:
    """Every (start, end) of ``needle`` in ``body`` (see ``find_words``) and the loosest tier
    any of them needed."""
    hits = find_words(body, needle)
    return [(h.start, h.end) for h in hits], max((h.tier for h in hits), default=Tier.EXACT)


def closest_words(needle: str, bodies: list[str]) -> str | None:
    """The run of words in ``bodies`` most like ``needle``, for a "did you mean" hint."""
    size = max(1, len(needle.split()))
    windows = []
    for body in bodies:
        words = body.split()
        windows.extend(" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1)))
    found = difflib.get_close_matches(needle, windows, n=1, cutoff=0.5)
    return found[0] if found else None


def contiguous(indexes: list[int]) -> list[list[int]]:
    """Sorted indexes grouped into runs of consecutive ones: [1, 2, 5] gives [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


# Letters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter (the only four).
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TOKEN = re.compile(r"[^\W_]+")
_CASELESS_SAFE = frozenset(SINGLE_QUOTES + DOUBLE_QUOTES + DASHES)


def _word_key(token: str) -> str | None:
    """The key of a run of letters and digits that an ASCII run matches caselessly only if
    its key is the same; None when no ASCII run can match it."""
    key = token.translate(_ASCII_TWINS)
    return key.lower() if key.isascii() else None


class WordIndex:
    """Whether quoted words occur anywhere in a long text, as ``occurrences`` says, without
    scanning the whole text for each: a needle's runs of letters and digits match whole runs
    of the text, one to one in order, so only the places of its rarest run are tried."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = array("I")  # where each run starts, in order (four bytes each)
        # each key's run numbers: the number alone while the key has been seen once (most
        # keys of a long text are seen once, and an array costs more than the number)
        self.places: dict[str, int | array[int]] = {}
        places = self.places
        for number, match in enumerate(_TOKEN.finditer(text)):
            self.starts.append(match.start())
            key = _word_key(match.group())
            if key is None:
                continue
            seen = places.get(key)
            if seen is None:
                places[key] = number
            elif isinstance(seen, int):
                places[key] = array("I", (seen, number))
            else:
                seen.append(number)

    def numbers(self, token: str) -> Sequence[int]:
        """The numbers of the runs whose key is ``token``'s, in order."""
        seen = self.places.get(token.lower(), ())
        return (seen,) if isinstance(seen, int) else seen

    def holds(self, needle: str) -> bool:
        """Whether ``occurrences(text, needle)`` finds any (a needle with other letters
        than ASCII ones, or no letters or digits, is matched over the whole text)."""
        needle = needle.strip()
        tokens = _TOKEN.findall(needle)
        if not tokens or not all(c.isascii() or c in _CASELESS_SAFE or c.isspace()
                                 for c in needle):
            return bool(find_words(self.text, needle))
        places = [self.numbers(token) for token in tokens]
        rarest = min(range(len(tokens)), key=lambda i: len(places[i]))
        pattern = loose_pattern(needle)
        for number in places[rarest]:
            first = number - rarest
            if first < 0:
                continue
            start = _TOKEN.match(self.text, self.starts[first - 1]).end() if first else 0
            if any(pattern.match(self.text, at)
                   for at in range(start, self.starts[first] + 1)):
                return True
        return False
