"""One aligner for sequences of keys: paragraphs, printed lines or words.

Small inputs and gaps go to difflib (so they align exactly as difflib aligns them); a large
gap loses its equal ends, then keys that occur exactly once on each side (else the same few
times on each side) are anchors, the longest chain of them in order is kept (patience diff),
and the gaps between anchors are aligned in turn.  A gap with no anchor goes to difflib if
it is not too large, else it is a changed run.  Changed runs may then be aligned again by
looser keys, and rewritten items paired by likeness within a bounded window.
"""

from __future__ import annotations

import difflib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from itertools import chain, pairwise

SMALL = 10_000  # a gap whose sides' lengths multiply to at most this goes to difflib
MEDIUM = 250_000  # the same, for a gap with no anchor
REPEATS = 4  # keys seen the same number of times on both sides, up to this, can anchor
BUDGET = 20_000  # likeness comparisons one changed run may spend on pairing
WINDOW = 64  # how far ahead pairing looks for the most alike item
SURE = 0.9  # a likeness that ends the search: this is the item's partner
LIKE_ENOUGH = 0.5  # the likeness of words that makes two items one rewritten item


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
Block = tuple[int, int, int]  # (i, j, size): a[i:i + size] equals b[j:j + size]


def blocks(a: Keys, b: Keys) -> list[Block]:
    """The runs of equal items that the alignment keeps, in order, adjacent ones merged."""
    found: list[Block] = []
    regions: list[Region] = [(0, len(a), 0, len(b))]
    while regions:
        region = regions.pop()
        if _area(region) <= SMALL:
            found.extend(_difflib_blocks(a, b, region))
            continue
        alo, ahi, blo, bhi = region = _strip_ends(a, b, region, found)
        anchors = _anchors(a, b, region) if alo < ahi and blo < bhi else Anchors()
        if not anchors.firsts:
            if _area(region) <= MEDIUM:
                found.extend(_difflib_blocks(a, b, region))
            continue  # else a large gap with no anchor: a changed run
        found.extend(anchors.blocks())
        regions.extend(anchors.gaps(region))
    return _merged(sorted(block for block in found if block[2]))


def _merged(ordered: list[Block]) -> list[Block]:
    """Ordered blocks with each one that continues the one before joined to it."""
    out: list[Block] = []
    for i, j, size in ordered:
        if out and out[-1][0] + out[-1][2] == i and out[-1][1] + out[-1][2] == j:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + size)
        else:
            out.append((i, j, size))
    return out


def matches(a: Keys, b: Keys) -> list[tuple[int, int]]:
    """The index pairs of equal items that the alignment keeps, in order."""
    return [(i + k, j + k) for i, j, size in blocks(a, b) for k in range(size)]


def _area(region: Region) -> int:
    return (region[1] - region[0]) * (region[3] - region[2])


def _difflib_blocks(a: Keys, b: Keys, region: Region) -> list[Block]:
    """The blocks difflib finds in the region (where a side has one item, found directly)."""
    alo, ahi, blo, bhi = region
    if ahi - alo == 1:
        return next(([(alo, j, 1)] for j in range(blo, bhi) if b[j] == a[alo]), [])
    if bhi - blo == 1:
        return next(([(i, blo, 1)] for i in range(alo, ahi) if a[i] == b[blo]), [])
    return [(alo + i, blo + j, size) for i, j, size in difflib.SequenceMatcher(
        None, a[alo:ahi], b[blo:bhi], autojunk=False).get_matching_blocks() if size]


def _strip_ends(a: Keys, b: Keys, region: Region, found: list[Block]) -> Region:
    """The region without its equal first and last items, which go to ``found``."""
    alo, ahi, blo, bhi = region
    start = alo
    while alo < ahi and blo < bhi and a[alo] == b[blo]:
        alo, blo = alo + 1, blo + 1
    found.append((start, region[2], alo - start))
    end = ahi
    while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
    found.append((ahi, bhi, end - ahi))
    return alo, ahi, blo, bhi


@dataclass(slots=True)
class Anchors:
    """Pairs of indexes of equal keys, in order on both sides: the n-th pair is
    ``firsts[n]``, ``seconds[n]`` (kept as two arrays: a long text has tens of thousands)."""

    firsts: array = field(default_factory=lambda: array("q"))
    seconds: array = field(default_factory=lambda: array("q"))

    def add(self, i: int, j: int) -> None:
        self.firsts.append(i)
        self.seconds.append(j)

    def blocks(self) -> Iterator[Block]:
        """The anchors as blocks, each run of neighbours one block."""
        start = size = 0
        for n, (i, j) in enumerate(zip(self.firsts, self.seconds, strict=True)):
            if n and i == self.firsts[start] + size and j == self.seconds[start] + size:
                size += 1
                continue
            if size:
                yield self.firsts[start], self.seconds[start], size
            start, size = n, 1
        if size:
            yield self.firsts[start], self.seconds[start], size

    def gaps(self, region: Region) -> Iterator[Region]:
        """The regions between the anchors (and the region's ends) that hold any item."""
        alo, ahi, blo, bhi = region
        i1, j1 = alo - 1, blo - 1
        for i2, j2 in chain(zip(self.firsts, self.seconds, strict=True), [(ahi, bhi)]):
            if i2 > i1 + 1 or j2 > j1 + 1:
                yield i1 + 1, i2, j1 + 1, j2
            i1, j1 = i2, j2


def _anchors(a: Keys, b: Keys, region: Region) -> Anchors:
    """The longest in-order chain of pairs of keys found once on each side (else the same
    few times on each side, the n-th occurrence against the n-th)."""
    alo, ahi, blo, bhi = region
    side_a, side_b = a[alo:ahi], b[blo:bhi]
    count_a, once_b = Counter(side_a), _once(side_b, blo)
    candidates = Anchors()
    for i, key in enumerate(side_a, alo):
        if count_a[key] == 1 and (j := once_b.get(key, -1)) >= 0:
            candidates.add(i, j)
    del count_a, once_b
    if not candidates.firsts:
        candidates = _repeated(side_a, side_b, (alo, blo))
    return _longest_chain(candidates)


def _once(keys: Keys, start: int) -> dict[Hashable, int]:
    """Each key's index if it occurs once, else -1."""
    where: dict[Hashable, int] = {}
    for index, key in enumerate(keys, start):
        where[key] = -1 if key in where else index
    return where


def _repeated(side_a: Keys, side_b: Keys, starts: tuple[int, int]) -> Anchors:
    """Pairs of keys seen the same few times on each side, the n-th against the n-th."""
    count_a, count_b = Counter(side_a), Counter(side_b)
    at_b: dict[Hashable, list[int]] = {}
    for j, key in enumerate(side_b, starts[1]):
        if count_b[key] <= REPEATS and count_a.get(key) == count_b[key]:
            at_b.setdefault(key, []).append(j)
    seen: Counter = Counter()
    candidates = Anchors()
    for i, key in enumerate(side_a, starts[0]):
        if key in at_b:
            candidates.add(i, at_b[key][seen[key]])
            seen[key] += 1
    return candidates


def _longest_chain(pairs: Anchors) -> Anchors:
    """The longest run of ``pairs`` (in order of first index) whose second indexes increase."""
    seconds = pairs.seconds
    if all(j < k for j, k in pairwise(seconds)):
        return pairs  # the usual case: nothing moved
    tails: list[int] = []  # smallest second index ending a chain of each length
    ends: list[int] = []  # which pair ends that chain
    previous = array("q", bytes(8 * len(seconds)))
    for n, j in enumerate(seconds):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(n)
        else:
            tails[length], ends[length] = j, n
        previous[n] = ends[length - 1] if length else -1
    chain, n = [], ends[-1] if ends else -1
    while n >= 0:
        chain.append(n)
        n = previous[n]
    return Anchors(array("q", (pairs.firsts[n] for n in reversed(chain))),
                   array("q", (seconds[n] for n in reversed(chain))))


def align(a: Keys, b: Keys, loose: tuple[LooseKey, LooseKey] | None = None) -> list[Run]:
    """Runs covering both sequences in order: SAME where keys are equal; within changed
    runs, LOOSE where the ``loose`` keys are equal (a function for each side, from an index
    to a looser key, asked only for items in changed runs)."""
    runs = _runs(blocks(a, b), range(len(a)), range(len(b)), Tie.SAME)
    if loose is None:
        return runs
    out: list[Run] = []
    for run in runs:
        if run.tie is Tie.CHANGED and run.a and run.b:
            inner = blocks([loose[0](i) for i in run.a], [loose[1](j) for j in run.b])
            shifted = [(run.a.start + i, run.b.start + j, size) for i, j, size in inner]
            out.extend(_runs(shifted, run.a, run.b, Tie.LOOSE))
        else:
            out.append(run)
    return out


def _runs(found: list[Block], a: range, b: range, tie: Tie) -> list[Run]:
    """Blocks of equal items (in order, within ``a`` and ``b``) as runs, with the gaps."""
    runs: list[Run] = []
    i, j = a.start, b.start  # the next items after the last block
    for x, y, size in found:
        if x > i or y > j:
            runs.append(Run(Tie.CHANGED, range(i, x), range(j, y)))
        runs.append(Run(tie, range(x, x + size), range(y, y + size)))
        i, j = x + size, y + size
    if i < a.stop or j < b.stop:
        runs.append(Run(Tie.CHANGED, range(i, a.stop), range(j, b.stop)))
    return runs


def likeness(a: Keys, b: Keys) -> float:
    """How alike two sequences are, 0 to 1: twice the items matched over the items in all."""
    total = len(a) + len(b)
    return 2 * sum(size for _, _, size in blocks(a, b)) / total if total else 1.0


Fallback = Callable[[int, range], int | None]
Pairs = list[tuple[int, int]]


def pair_alike(run: Run, score: Callable[[int, int], float], enough: float,
               fallback: Fallback | None = None) -> list[tuple[int, int]]:
    """Pairs of a changed run's items: each ``b`` item, in order, with the ``a`` item still
    ahead (within a window) that scores highest, if it scores ``enough`` (the first that
    scores ``SURE`` ends the search); failing that, with the one ``fallback(j, window)``
    names, if any."""
    pairs: list[tuple[int, int]] = []
    width = max(1, min(WINDOW, BUDGET // max(1, len(run.b))))
    i = run.a.start
    for j in run.b:
        window = range(i, min(run.a.stop, i + width))
        best, k = 0.0, -1
        for candidate in window:
            value = score(candidate, j)
            if value >= best:
                best, k = value, candidate
            if value >= SURE:
                break
        if best < enough and fallback is not None:
            chosen = fallback(j, window)
            best, k = (enough, chosen) if chosen is not None else (best, k)
        if best >= enough:
            pairs.append((k, j))
            i = k + 1
    return pairs




def pair_by_words(run: Run, words_a: Callable[[int], Keys], words_b: Callable[[int], Keys],
                  fallback: Fallback | None = None) -> Pairs:
    """``pair_alike`` by the likeness of the items' words (``words_a(i)``, ``words_b(j)``),
    each item's words asked for once and let go once ``pair_alike`` has moved past the item
    (it asks for each ``b`` item in turn, and for ``a`` items from one that never goes back),
    so that long items' words are not all held at once."""
    cache_a: dict[int, Keys] = {}
    cache_b: dict[int, Keys] = {}

    def score(i: int, j: int) -> float:
        if j not in cache_b:  # a new b item: the first a item it is scored against is the
            cache_b.clear()   # start of its window, and no a item before it is asked again
            for passed in [k for k in cache_a if k < i]:
                del cache_a[passed]
            cache_b[j] = words_b(j)
        if i not in cache_a:
            cache_a[i] = words_a(i)
        return likeness(cache_a[i], cache_b[j])
    return pair_alike(run, score, LIKE_ENOUGH, fallback)


def pair_runs(runs: list[Run], pair_changed: Callable[[Run], Pairs]) -> tuple[Pairs, list[int],
                                                                             list[int]]:
    """The index pairs of every run (of a changed run, those ``pair_changed`` gives), and the
    indexes left unpaired on each side."""
    pairs: Pairs = []
    left_a: list[int] = []
    left_b: list[int] = []
    for run in runs:
        chosen = run.pairs() if run.tie is not Tie.CHANGED else pair_changed(run)
        pairs.extend(chosen)
        paired_a, paired_b = {i for i, _ in chosen}, {j for _, j in chosen}
        left_a.extend(i for i in run.a if i not in paired_a)
        left_b.extend(j for j in run.b if j not in paired_b)
    return pairs, left_a, left_b
