"""What a change leaves where its new words meet the motion's, that the amendment's words
probably did not mean: a word printed twice ("the the Mayor"), a word that leads to nothing
("the staff and;" where "the volunteers" was deleted), a sentence's capital left after
words with no full stop ("Furthermore, It", or "is Council" where a deletion took the stop),
an unlabelled paragraph's words opening with what reads as a label ("A. B. Jones …", which
printed would read as paragraph A.), new words put in a paragraph that open with a bracketed
label ("iii) a new point;" at the end of c)), or a preamble left ending as a paragraph does
("That Furthermore, the Council agrees." before (a)). The change is made as written; these
are warned of."""

from __future__ import annotations

import re

from amend.engine.places import last_words
from amend.errors import WarningKind
from amend.motion.labels import DOT, label_length, read_label
from amend.motion.tree import reads_as_preamble

_WORD_BEFORE = re.compile(r"(?:^|\W)(\w+)\s*$")  # the last word of a short tail
_WORD_AFTER = re.compile(r"\s*(\w+)")
_WORDS = re.compile(r"\S")  # anything but spaces
_LAST_TOKEN = re.compile(r"(\S+)\s*$")  # the last word, with its punctuation
_STOPPED = re.compile(r"[.!?:][”’\"')]*\s*$")  # a tail that ends a sentence (or opens a list)
_REACH = 64  # how far back from a seam a word or a stop is looked for
# words that lead on to others: one left with only punctuation after it leads to nothing
_LEADING = frozenset({"and", "or", "but", "nor", "of", "the", "a", "an", "to", "for", "with",
                      "by", "in", "on", "at", "from", "that"})
# punctuation, or the end of the words, next (not a colon: "resolves to:" leads to a list)
_CLOSED = re.compile(r"\s*(?:[,;.!?)]|$)")


def doubled_word(text: str, seams: tuple[int, ...]) -> str | None:
    """The word printed twice running across one of ``seams`` (where new words meet old
    ones), with only spaces between: “the the” from “the Leader” with “Leader” replaced by
    “the Mayor”; None if there is none."""
    for seam in seams:
        before = _WORD_BEFORE.search(text, max(0, seam - _REACH), seam)
        after = _WORD_AFTER.match(text, seam)
        if before is None or after is None or not text[before.end(1):after.start(1)].isspace():
            continue
        if before.group(1).casefold() == after.group(1).casefold():
            return f"{before.group(1)} {after.group(1)}"
    return None


def capital_run_on(old: str, text: str, end: int, seam: int) -> str | None:
    """The words either side of a sentence's first word, capital and all, that a change
    leaves with no full stop before it (“Furthermore, It”), as printed; None if none.
    ``text`` is ``old`` changed, its words from ``seam`` on those of ``old`` from ``end``."""
    after = _WORD_AFTER.match(text, seam)
    if after is None or not after.group(1)[:1].isupper():
        return None
    capital, was = after.start(1), end + after.start(1) - seam
    if not _STOPPED.search(old, max(0, was - _REACH), was):
        return None  # not the first word of a sentence in the motion
    if not _WORDS.search(text, 0, capital) or _STOPPED.search(text, max(0, capital - _REACH),
                                                              capital):
        return None
    last = _LAST_TOKEN.search(text, max(0, capital - _REACH), capital)
    return f"{last.group(1) if last else ''} {after.group(1)}".strip()


def dangling_word(text: str, seam: int) -> str | None:
    """The word leading to nothing that a change leaves before ``seam``, with what follows it
    (“and;” where “the volunteers” was deleted from “the staff and the volunteers;”); None if
    there is none."""
    before = _WORD_BEFORE.search(text, max(0, seam - _REACH), seam)
    closed = _CLOSED.match(text, seam)
    if before is None or closed is None or before.group(1).lower() not in _LEADING:
        return None
    return f"{before.group(1)}{text[seam:closed.end()].strip()}"


def label_opened(old: str, text: str) -> str | None:
    """The label an unlabelled paragraph's words ``text`` open with, where its words ``old``
    before the change did not (“A.” of “A. B. Jones this Council”): printed, the paragraph
    would read as labelled; None if there is none."""
    length = label_length(text)
    return text[:length].strip() if length and not label_length(old) else None


def words_label(new: str) -> str | None:
    """The label new words open with (“iii)” of “iii) a new point;” added at the end of c)),
    as a new paragraph's words would: a bracketed count or a bullet (“A.” or “2019.” opening
    words is as likely an initial or a year); None if they open with none."""
    words = new.strip()
    labels, rest = read_label(words)
    if not labels or labels[0].form == DOT:
        return None
    return words[:len(words) - len(rest)].strip()


def preamble_ended(old: str, text: str, before_labels: bool) -> str | None:
    """The last words of a preamble that a change leaves ending as a paragraph does (“…
    Furthermore, the Council agrees.” before (a)), where its words ``old`` did not: printed,
    it would read as a paragraph of the motion; None if it still reads as the preamble."""
    if reads_as_preamble(text, alone=False, before_labels=before_labels) or \
            not reads_as_preamble(old, alone=False, before_labels=before_labels):
        return None
    return last_words(text)


def paragraph_faults(old: str, text: str, news: list[str], *, unlabelled: bool,
                     before: bool | None) -> list[tuple[WarningKind, str]]:
    """What a change to a paragraph's words ``old``, now ``text`` with the new words ``news``
    in them, leaves for the paragraph as printed: an unlabelled paragraph's words opening with
    a label, new words opening with one, a preamble (``before``: whether labelled paragraphs
    follow it; None if the paragraph is no preamble) ending as a paragraph does."""
    faults = []
    opened = label_opened(old, text) if unlabelled else None
    if opened:
        faults.append((WarningKind.OPENS_WITH_LABEL, f"the change opens its words with "
                       f"“{opened}”, which printed reads as a paragraph's label; check the "
                       "amendment's words"))
    labelled = next(filter(None, map(words_label, news)), None)
    if labelled and not opened:
        faults.append((WarningKind.OPENS_WITH_LABEL, f"the new words open with “{labelled}”, a "
                       "paragraph's label, and were put in its words as written; if a new "
                       f"paragraph {labelled} was meant, the amendment should say so"))
    ended = preamble_ended(old, text, before) if before is not None else None
    if ended:
        faults.append((WarningKind.PREAMBLE_READ_AS_PARAGRAPH, f"the change leaves it "
                       f"“{ended}”, which printed reads as a paragraph of the motion, not its "
                       "preamble; check the amendment's words"))
    return faults


def seam_faults(old: str, start: int, end: int, new: str, text: str,
                at: int) -> list[tuple[WarningKind, str]]:
    """What replacing ``old[start:end]`` with ``new`` leaves at its seams, as warnings
    (``text`` is the result, before it is tidied, with ``new`` at ``at``)."""
    faults = []
    seam = at + len(new)
    doubled = doubled_word(text, (at, seam))
    if doubled:
        faults.append((WarningKind.DOUBLED_WORD, f"the change leaves “{doubled}”, a word "
                                                 "printed twice"))
    dangling = dangling_word(text, seam)
    if dangling:
        faults.append((WarningKind.DANGLING_WORD, f"the change leaves “{dangling}”, a word that "
                                                  "leads to nothing"))
    run_on = capital_run_on(old, text, end, seam)
    if run_on:
        faults.append((WarningKind.SENTENCE_RUN_ON, f"the change leaves “{run_on}”, a "
                                                    "sentence's capital with no full stop "
                                                    "before it"))
    return faults
