"""Properties of ``check``: an unchanged record matches; every single mutation is reported as
exactly one difference of the right kind at the right place; no changed text is a match."""

from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

from amend import check, read_motion, render_text
from amend.comparison.compare import EXTRA, LETTERING, MISSING, MOVED, PUNCTUATION, WORDING, flatten
from amend.motion.labels import BULLET
from amend.motion.tree import Motion
from tests.strategies import UNUSED_COUNT, at, motions, paths, replace_at, siblings

NEW_WORD = "zzzz"


def recorded(motion: Motion, paragraphs) -> Motion:
    """The mutated motion as a clerk's record: rendered to text and read back (a record whose
    layout the reader could only guess, and says so, is not one of these cases)."""
    record = read_motion(render_text(Motion(motion.preamble, paragraphs)), source="recorded")
    assume(not record.guesses)
    return record


def where(motion: Motion, path) -> str:
    """The label path ``check`` gives the paragraph at ``path``."""
    offset = 1 if motion.preamble else 0
    return flatten(motion)[paths(motion).index(path) + offset].where


def distinct(motion: Motion) -> bool:
    keys = [item.key for item in flatten(motion)]
    return len(keys) == len(set(keys))


def opening(motion: Motion, path) -> bool:
    """The first paragraph with no preamble: its opening words are folded by design."""
    return not motion.preamble and path == (0,)


def starts_preamble(paragraphs) -> bool:
    """Whether an unlabelled first paragraph with a sub-list would read as a preamble."""
    return bool(paragraphs) and paragraphs[0].label is None and bool(paragraphs[0].children)


@given(motions())
def test_an_unchanged_record_matches(motion):
    """The text itself, as recorded, matches with no difference at all."""
    assert check(motion, recorded(motion, motion.paragraphs)).differences == ()


@given(motions(), st.data())
def test_a_changed_added_or_dropped_word_is_one_wording_difference(motion, data):
    """A word changed, added or dropped in one paragraph is one wording difference there."""
    assume(distinct(motion))
    path = data.draw(st.sampled_from(paths(motion)))
    para = at(motion, path)
    words = para.text.split()
    action = data.draw(st.sampled_from(["change", "add", "drop"]))
    i = data.draw(st.integers(0, len(words) - 1))
    assume(not (opening(motion, path) and i < 2))
    if action == "change":
        words[i] = NEW_WORD
    elif action == "add":
        words.insert(i, NEW_WORD)
    else:
        assume(len(words) > 1 and not (i == len(words) - 1 and words[i] in ("and", "or")))
        del words[i]
    new = replace(para, text=" ".join(words))
    changed = Motion(motion.preamble, replace_at(motion.paragraphs, path, (new,)))
    assume(distinct(changed))  # a paragraph now word for word another has two places to go
    report = check(motion, recorded(motion, changed.paragraphs))
    assert [(d.kind, d.where) for d in report.differences] == [(WORDING, where(motion, path))]
    assert not report.matches


@given(motions(), st.data())
def test_a_changed_closing_mark_is_one_punctuation_difference(motion, data):
    """A paragraph's closing punctuation changed is one punctuation difference there."""
    assume(distinct(motion))
    path = data.draw(st.sampled_from([p for p in paths(motion) if not at(motion, p).children]
                                     or [()]))
    assume(path)
    para = at(motion, path)
    bare = para.ending.replace(" and", "").replace(" or", "")
    marks = (".", ";") if opening(motion, path) and para.label is None else (".", ";", ":")
    ending = data.draw(st.sampled_from([e for e in marks if e not in (para.ending, bare)]))
    record = recorded(motion, replace_at(motion.paragraphs, path, (replace(para, ending=ending),)))
    assume(distinct(record))  # else the record's twin paragraphs could align either way
    report = check(motion, record)
    assert [(d.kind, d.where) for d in report.differences] == [(PUNCTUATION, where(motion, path))]


@given(motions(), st.data())
def test_a_dropped_paragraph_is_one_missing_paragraph(motion, data):
    """A paragraph dropped with its sub-list is one missing paragraph, at its place."""
    assume(distinct(motion) and len(paths(motion)) > 1)
    path = data.draw(st.sampled_from(paths(motion)))
    paragraphs = replace_at(motion.paragraphs, path, ())
    assume(paragraphs and not starts_preamble(paragraphs))
    report = check(motion, recorded(motion, paragraphs))
    assert [(d.kind, d.where) for d in report.differences] == [(MISSING, where(motion, path))]
    assert not report.matches


@given(motions(), st.data())
def test_a_duplicated_paragraph_is_one_extra_paragraph(motion, data):
    """A paragraph written twice is one extra paragraph carrying its words."""
    assume(distinct(motion))
    path = data.draw(st.sampled_from(paths(motion)))
    para = at(motion, path)
    report = check(motion, recorded(motion, replace_at(motion.paragraphs, path, (para, para))))
    assert [d.kind for d in report.differences] == [EXTRA]
    assert para.body in report.differences[0].recorded


@given(motions(), st.data())
def test_two_swapped_paragraphs_are_one_move(motion, data):
    """Two neighbouring paragraphs in the wrong order are one moved paragraph."""
    assume(distinct(motion))
    path = data.draw(st.sampled_from(paths(motion)))
    group = siblings(motion, path)
    assume(path[-1] + 1 < len(group))
    first, second = group[path[-1]], group[path[-1] + 1]
    swapped = replace_at(motion.paragraphs, path, (second, first))
    swapped = replace_at(swapped, path[:-1] + (path[-1] + 2,), ())
    assume(not starts_preamble(swapped))
    report = check(motion, recorded(motion, swapped))
    assert [d.kind for d in report.differences] == [MOVED]


@given(motions(), st.data())
def test_a_changed_label_is_one_lettering_difference(motion, data):
    """A label changed to one the list does not use is one lettering difference there."""
    assume(distinct(motion))
    labelled = [p for p in paths(motion)
                if at(motion, p).label is not None and at(motion, p).label.kind != BULLET]
    assume(labelled)
    path = data.draw(st.sampled_from(labelled))
    para = at(motion, path)
    new = replace(para, label=para.label.with_index(UNUSED_COUNT[para.label.kind]))
    report = check(motion, recorded(motion, replace_at(motion.paragraphs, path, (new,))))
    assert [(d.kind, d.where) for d in report.differences] == [(LETTERING, where(motion, path))]
