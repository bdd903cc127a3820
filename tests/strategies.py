"""Hypothesis strategies for motions: every label style, nesting to depth 3, bullets,
unlabelled paragraphs, realistic list punctuation and quoting.

Trees are drawn the way clerks write them, so that reading their text gives them back: a
paragraph that holds a sub-list mostly ends ":-" or ":" (London's "h) …;" with "i)" and "ii)"
under it does not, and the text as printed shows it by setting the sub-list in), a sub-list's
style differs from every list above it, unlabelled paragraphs sit at the top level, and a
preamble goes only before a labelled list (before unlabelled paragraphs it would read as the
first of them).
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import assume
from hypothesis import strategies as st

from amend.instructions import operations as ops
from amend.instructions.operations import Text
from amend.motion.labels import ALPHA, BULLET, CLOSE, DOT, NUMBER, PAREN, ROMAN, UPPER, Label
from amend.motion.tree import Motion, Paragraph
from amend.render.text import render_text

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
        endings = INTRODUCING * 3 + ITEM_ENDINGS if children else ITEM_ENDINGS
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


# ---- operations, for the writer and the engine --------------------------------------------

PLAIN_WORDS = tuple(w for w in WORDS if w.isalnum()) + ("children’s", "‘good’")


@st.composite
def phrase(draw) -> Text:
    """Quoted words as an instruction quotes them."""
    return Text(" ".join(draw(st.lists(st.sampled_from(PLAIN_WORDS), min_size=1, max_size=6))))


@st.composite
def new_text(draw) -> Text:
    """A block of new paragraphs, labelled or not, as it follows "as follows:-"."""
    motion = draw(motions(max_depth=2))
    return Text(render_text(Motion("", motion.paragraphs)).strip())


COUNTS = st.sampled_from(list("abcdefgh") + ["1", "2", "3", "12", "ii", "iv"])


@st.composite
def references(draw) -> ops.Ref:
    kind = draw(st.sampled_from(["label", "ordinal", "range", "labels", "first"]))
    if kind == "label":
        return ops.LabelRef(draw(COUNTS), draw(st.booleans()))
    if kind == "ordinal":
        return ops.OrdinalRef(draw(st.sampled_from([1, 2, 3, 4, 7, 12, -1])))
    if kind == "range":
        return ops.RangeRef(draw(COUNTS), draw(COUNTS))
    if kind == "labels":
        return ops.LabelsRef(tuple(draw(st.lists(COUNTS, min_size=2, max_size=4))))
    return ops.FirstRef(draw(st.integers(2, 10)))


@st.composite
def single_references(draw) -> ops.LabelRef | ops.OrdinalRef:
    ref = draw(references())
    assume(isinstance(ref, ops.LabelRef | ops.OrdinalRef))
    return ref


@st.composite
def operations(draw) -> ops.Operation:
    """Any operation the grammar can express, with references and words of every kind."""
    kind = draw(st.sampled_from(["delete_paras", "replace_paras", "add_labels", "add_place",
                                 "add_near", "delete_words", "substitute", "insert_anchor",
                                 "insert_end", "insert_sentence", "tail", "from", "all",
                                 "reletter", "add_within", "sentence", "span"]))
    maybe_scope = st.none() | single_references()
    if kind == "delete_paras":
        return ops.DeleteParagraphs(draw(references()))
    if kind == "replace_paras":
        return ops.DeleteParagraphs(draw(references()), draw(new_text()))
    if kind == "add_labels":
        labels = draw(st.lists(st.sampled_from("defgh"), min_size=1, max_size=2, unique=True))
        return ops.AddParagraphs(draw(new_text()), tuple(sorted(labels)))
    if kind == "add_place":
        return ops.AddParagraphs(draw(new_text()), position=draw(st.sampled_from(
            [ops.Position.END, ops.Position.START])))
    if kind == "add_near":
        return ops.AddParagraphs(draw(new_text()), position=draw(st.sampled_from(
            [ops.Position.AFTER, ops.Position.BEFORE])), near=draw(single_references()))
    if kind == "delete_words":
        anchor = draw(st.none() | phrase())
        return ops.DeleteWords(draw(phrase()), draw(maybe_scope), anchor,
                               draw(st.sampled_from([ops.Position.AFTER, ops.Position.BEFORE]))
                               if anchor else None,
                               draw(st.booleans()) if not anchor else False)
    if kind == "substitute":
        return ops.SubstituteWords(draw(phrase()), draw(phrase()), draw(maybe_scope),
                                   draw(st.booleans()))
    if kind == "insert_anchor":
        return ops.InsertWords(draw(phrase()), draw(st.sampled_from([ops.Position.AFTER,
                                                                    ops.Position.BEFORE])),
                               draw(phrase()), draw(maybe_scope))
    if kind == "insert_end":
        return ops.InsertWords(draw(phrase()), draw(st.sampled_from([ops.Position.END,
                                                                    ops.Position.START])),
                               scope=draw(single_references()))
    if kind == "insert_sentence":
        within = draw(st.none() | single_references())
        return ops.InsertWords(draw(phrase()), ops.Position.AFTER,
                               scope=ops.SentenceRef(draw(st.sampled_from([1, 2, 3, -1])), within))
    if kind == "tail":
        return ops.DeleteAfter(draw(phrase()), draw(st.none() | new_text()))
    if kind == "from":
        return ops.DeleteAfter(draw(phrase()), draw(new_text()), inclusive=True)
    if kind == "all":
        return ops.ReplaceAll(draw(new_text()))
    if kind == "span":
        return ops.DeleteBetween(draw(phrase()), draw(phrase()), draw(st.none() | phrase()),
                                 draw(maybe_scope), inclusive=True)
    if kind == "sentence":
        within = draw(st.none() | single_references())
        return ops.DeleteSentence(ops.SentenceRef(draw(st.sampled_from([1, 2, 3, -1])), within),
                                  draw(st.none() | phrase()))
    if kind == "add_within":
        return ops.AddParagraphs(draw(new_text()), position=ops.Position.END,
                                 near=draw(single_references()))
    return ops.Reletter(ops.LabelRef(draw(COUNTS), True), draw(COUNTS))
