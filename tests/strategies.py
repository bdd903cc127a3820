"""Hypothesis strategies for motions: every label style, nesting to depth 3, bullets,
unlabelled paragraphs, realistic list punctuation and quoting.

Trees are drawn the way clerks write them, so that reading their text gives them back: a
paragraph that introduces a sub-list ends ":-" or ":", a sub-list's style differs from every
list above it, unlabelled paragraphs sit at the top level, and a preamble goes only before a
labelled list (before unlabelled paragraphs it would read as the first of them).
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from amend.labels import ALPHA, BULLET, CLOSE, DOT, NUMBER, PAREN, ROMAN, UPPER, Label
from amend.motion import Motion, Paragraph

WORDS = ("notes", "that", "the", "council", "believes", "resolves", "to", "request", "a",
         "report", "on", "children’s", "services", "and", "of", "in", "staff", "Ofsted",
         "welcomes", "investment", "2019", "‘good’", "“outstanding”", "care", "leavers",
         "Sheffield", "budget", "for", "calls", "upon", "government", "funding")
PREAMBLES = ("That this Council:-", "This Council:", "RESOLVED: That this Council:-",
             "That the Committee:-")
LIST_STYLES = tuple((kind, form) for kind in (ALPHA, UPPER, ROMAN, NUMBER)
                    for form in (PAREN, CLOSE, DOT)) + ((BULLET, ""),)
ITEM_ENDINGS = ("", ";", "; and", ".", "; or")
INTRODUCING = (":-", ":")


@st.composite
def wording(draw) -> str:
    """A run of motion words that ends in a word, as paragraph text does before its ending."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
    text = " ".join(words)
    return text if text[-1].isalnum() else f"{text} council"


@st.composite
def paragraph_list(draw, depth: int, max_depth: int, used: frozenset) -> tuple[Paragraph, ...]:
    """A list of paragraphs of one style not in ``used``, each maybe holding a sub-list."""
    kind, form = draw(st.sampled_from([s for s in LIST_STYLES if s not in used]))
    size = draw(st.integers(1, 12 if depth == 1 else 4))
    glyph = draw(st.sampled_from("•·-–"))
    items = []
    for index in range(1, size + 1):
        label = Label(kind, form, 0, glyph) if kind == BULLET else Label(kind, form, index)
        children: tuple[Paragraph, ...] = ()
        if depth < max_depth and draw(st.booleans()):
            children = draw(paragraph_list(depth + 1, max_depth, used | {(kind, form)}))
        endings = INTRODUCING if children else ITEM_ENDINGS
        items.append(Paragraph(label, draw(wording()), draw(st.sampled_from(endings)), children))
    return tuple(items)


@st.composite
def unlabelled_paragraphs(draw, max_depth: int) -> tuple[Paragraph, ...]:
    """Unlabelled top-level paragraphs; any but the first may introduce a labelled list."""
    size = draw(st.integers(1, 4))
    items = []
    for position in range(size):
        children: tuple[Paragraph, ...] = ()
        if position and max_depth > 1 and draw(st.booleans()):
            children = draw(paragraph_list(2, max_depth, frozenset()))
        ending = draw(st.sampled_from(INTRODUCING if children else (".", "")))
        items.append(Paragraph(None, draw(wording()), ending, children))
    return tuple(items)


@st.composite
def motions(draw, max_depth: int = 3) -> Motion:
    """A motion: labelled lists to ``max_depth`` levels, or unlabelled paragraphs."""
    if draw(st.booleans()):
        return Motion("", draw(unlabelled_paragraphs(max_depth)))
    preamble = draw(st.sampled_from(("",) + PREAMBLES))
    return Motion(preamble, draw(paragraph_list(1, max_depth, frozenset())))


# ---- single mutations of a motion, for the properties of ``check`` -------------------------

def paths(motion: Motion) -> list[tuple[int, ...]]:
    """Index paths of every paragraph in reading order."""
    return [path for path, _ in motion.walk()]


def replace_at(paragraphs: tuple[Paragraph, ...], path: tuple[int, ...],
               new: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """The list with the paragraph at ``path`` replaced by ``new`` (none, one or several)."""
    head, rest = path[0], path[1:]
    if not rest:
        return paragraphs[:head] + new + paragraphs[head + 1:]
    parent = paragraphs[head]
    changed = replace(parent, children=replace_at(parent.children, rest, new))
    return paragraphs[:head] + (changed,) + paragraphs[head + 1:]


def at(motion: Motion, path: tuple[int, ...]) -> Paragraph:
    paras = motion.paragraphs
    for index in path[:-1]:
        paras = paras[index].children
    return paras[path[-1]]


def siblings(motion: Motion, path: tuple[int, ...]) -> tuple[Paragraph, ...]:
    return motion.paragraphs if len(path) == 1 else at(motion, path[:-1]).children


UNUSED_COUNT = {ALPHA: 26, UPPER: 26, ROMAN: 39, NUMBER: 999}
