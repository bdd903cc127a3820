"""One aligner for sequences of keys: paragraphs, printed lines or words.

Small inputs and gaps go to difflib (so they align exactly as difflib aligns them); a large
gap loses its equal ends, then keys that occur exactly once on each side (else the same few
times on each side) are anchors, the longest chain of them in order is kept (patience diff),
and the gaps between anchors are aligned in turn.  A large gap with no anchor is a changed
run.  Changed runs may then be aligned again by
looser keys, and rewritten items paired by likeness within a bounded window.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

SMALL = 10_000  # a gap whose sides' lengths multiply to at most this goes to difflib
REPEATS = 4  # keys seen the same number of times on both sides, up to this, can anchor
BUDGET = 20_000  # likeness comparisons one changed run may spend on pairing
WINDOW = 64  # how far ahead pairing looks for the most alike item


class Tie(Enum):
    """How the items of a run correspond."""

    SAME = "same"  # equal keys, side by side
    LOOSE = "loose"  # equal looser keys, side by side
    CHANGED = "changed"  # no correspondence found (either side may be empty)


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of the alignment: items ``a`` of the first sequence against ``b``."""

    tie: Tie
    a: range
    b: range

    def pairs(self) -> list[tuple[int, int]]:
        """Index pairs side by side (a SAME or LOOSE run's items; a CHANGED run's overlap)."""
        return list(zip(self.a, self.b, strict=False))


Keys = Sequence[Hashable]
Region = tuple[int, int, int, int]
LooseKey = Callable[[int], Hashable]


def matches(a: Keys, b: Keys) -> list[tuple[int, int]]:
    """The index pairs of equal items that the alignment keeps, in order."""
    found: list[tuple[int, int]] = []
    regions: list[Region] = [(0, len(a), 0, len(b))]
    while regions:
        alo, ahi, blo, bhi = regions.pop()
        if (ahi - alo) * (bhi - blo) <= SMALL:
            for i, j, size in difflib.SequenceMatcher(
                    None, a[alo:ahi], b[blo:bhi], autojunk=False).get_matching_blocks():
                found.extend((alo + i + k, blo + j + k) for k in range(size))
            continue
        alo, ahi, blo, bhi = _strip_ends(a, b, alo, ahi, blo, bhi, found)
        if alo == ahi or blo == bhi:
            continue
        anchors = _anchors(a, b, (alo, ahi, blo, bhi))
        if not anchors:
            continue  # a large gap with nothing in common: a changed run
        found.extend(anchors)
        edges = [(alo - 1, blo - 1), *anchors, (ahi, bhi)]
        regions.extend((i1 + 1, i2, j1 + 1, j2)
                       for (i1, j1), (i2, j2) in zip(edges, edges[1:], strict=False)
                       if i2 > i1 + 1 or j2 > j1 + 1)
    found.sort()
    return found


def _strip_ends(a: Keys, b: Keys, alo: int, ahi: int, blo: int, bhi: int,
                found: list[tuple[int, int]]) -> Region:
    """The region without its equal first and last items, which go to ``found``."""
    while alo < ahi and blo < bhi and a[alo] == b[blo]:
        found.append((alo, blo))
        alo, blo = alo + 1, blo + 1
    while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
        found.append((ahi, bhi))
    return alo, ahi, blo, bhi


def _anchors(a: Keys, b: Keys, region: Region) -> list[tuple[int, int]]:
    """The longest in-order chain of pairs of keys found once on each side (else the same
    few times on each side, the n-th occurrence against the n-th)."""
    alo, ahi, blo, bhi = region
    side_a, side_b = a[alo:ahi], b[blo:bhi]
    count_a, count_b = Counter(side_a), Counter(side_b)
    at_b = {key: j for j, key in enumerate(side_b, blo)}
    candidates = [(i, at_b[key]) for i, key in enumerate(side_a, alo)
                  if count_a[key] == 1 and count_b.get(key) == 1]
    if not candidates:
        candidates = _repeated(side_a, side_b, count_a, count_b, (alo, blo))
    return _longest_chain(candidates)


def _repeated(side_a: Keys, side_b: Keys, count_a: Counter, count_b: Counter,
              starts: tuple[int, int]) -> list[tuple[int, int]]:
    """Pairs of keys seen the same few times on each side, the n-th against the n-th."""
    def few(key: Hashable) -> bool:
        return count_a[key] <= REPEATS and count_b.get(key) == count_a[key]
    at_b: dict[Hashable, list[int]] = {}
    for j, key in enumerate(side_b, starts[1]):
        if few(key):
            at_b.setdefault(key, []).append(j)
    seen: Counter = Counter()
    candidates = []
    for i, key in enumerate(side_a, starts[0]):
        if key in at_b:
            candidates.append((i, at_b[key][seen[key]]))
            seen[key] += 1
    return candidates


def _longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first index) whose second indexes increase."""
    seconds = [j for _, j in pairs]
    if seconds == sorted(seconds):
        return pairs  # the usual case: nothing moved
    tails: list[int] = []  # smallest second index ending a chain of each length
    ends: list[int] = []  # which pair ends that chain
    previous = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(n)
        else:
            tails[length], ends[length] = j, n
        previous[n] = ends[length - 1] if length else -1
    chain, n = [], ends[-1] if ends else -1
    while n >= 0:
        chain.append(pairs[n])
        n = previous[n]
    return chain[::-1]


def align(a: Keys, b: Keys, loose: tuple[LooseKey, LooseKey] | None = None) -> list[Run]:
    """Runs covering both sequences in order: SAME where keys are equal; within changed
    runs, LOOSE where the ``loose`` keys are equal (a function for each side, from an index
    to a looser key, asked only for items in changed runs)."""
    runs = _runs(matches(a, b), range(len(a)), range(len(b)), Tie.SAME)
    if loose is None:
        return runs
    out: list[Run] = []
    for run in runs:
        if run.tie is Tie.CHANGED and run.a and run.b:
            inner = matches([loose[0](i) for i in run.a], [loose[1](j) for j in run.b])
            shifted = [(run.a.start + i, run.b.start + j) for i, j in inner]
            out.extend(_runs(shifted, run.a, run.b, Tie.LOOSE))
        else:
            out.append(run)
    return out


def _runs(pairs: Iterable[tuple[int, int]], a: range, b: range, tie: Tie) -> list[Run]:
    """Matched pairs (in order, within ``a`` and ``b``) as runs, with the gaps between."""
    runs: list[Run] = []
    i, j = a.start, b.start  # the next items after the last pair
    first: tuple[int, int] | None = None  # where the current diagonal of pairs began
    for x, y in pairs:
        if first is not None and (x, y) == (i, j):
            i, j = x + 1, y + 1
            continue
        if first is not None:
            runs.append(Run(tie, range(first[0], i), range(first[1], j)))
        if x > i or y > j:
            runs.append(Run(Tie.CHANGED, range(i, x), range(j, y)))
        first, i, j = (x, y), x + 1, y + 1
    if first is not None:
        runs.append(Run(tie, range(first[0], i), range(first[1], j)))
    if i < a.stop or j < b.stop:
        runs.append(Run(Tie.CHANGED, range(i, a.stop), range(j, b.stop)))
    return runs


def likeness(a: Keys, b: Keys) -> float:
    """How alike two sequences are, 0 to 1: twice the items matched over the items in all."""
    total = len(a) + len(b)
    return 2 * len(matches(a, b)) / total if total else 1.0


Fallback = Callable[[int, range], int | None]


def pair_alike(run: Run, score: Callable[[int, int], float], enough: float,
               fallback: Fallback | None = None) -> list[tuple[int, int]]:
    """Pairs of a changed run's items: each ``b`` item, in order, with the ``a`` item still
    ahead (within a window) that scores highest, if it scores ``enough``; failing that, with
    the one ``fallback(j, window)`` names, if any."""
    pairs: list[tuple[int, int]] = []
    width = max(1, min(WINDOW, BUDGET // max(1, len(run.b))))
    i = run.a.start
    for j in run.b:
        window = range(i, min(run.a.stop, i + width))
        best, k = max(((score(k, j), k) for k in window), default=(0.0, -1))
        if best < enough and fallback is not None:
            chosen = fallback(j, window)
            best, k = (enough, chosen) if chosen is not None else (best, k)
        if best >= enough:
            pairs.append((k, j))
            i = k + 1
    return pairs
