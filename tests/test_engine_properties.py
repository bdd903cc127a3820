"""Properties of the engine and the drafter on generated motions."""

from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

import amend
from amend.engine.carried import Carried
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.motion.labels import BULLET, Label
from amend.motion.punctuation import convention
from tests.strategies import LIST_STYLES, at, motions, paths, replace_at, wording

WORD = "zzzz"


def reread(motion: amend.Motion) -> amend.Motion:
    return amend.read_motion(amend.render_text(motion))


def amendment_of(*parts: tuple[ops.Operation, ...]) -> Amendment:
    return Amendment("", tuple(Part(n, "", part) for n, part in enumerate(parts, start=1)))


def ref_of(motion: amend.Motion, index: int) -> ops.Ref:
    para = motion.paragraphs[index]
    if para.label is not None and para.label.kind != BULLET:
        return ops.LabelRef(para.label.count.lower())
    return ops.OrdinalRef(index + 1)


def in_sequence(paragraphs) -> bool:
    labels = [p.label for p in paragraphs if p.label is not None and p.label.kind != BULLET]
    ok = all(b.index == a.index + 1 for a, b in zip(labels, labels[1:], strict=False))
    return ok and all(in_sequence(p.children) for p in paragraphs)


def labels_unique(motion: amend.Motion) -> bool:
    counts = [p.label.count.lower() for _, p in motion.walk()
              if p.label is not None and p.label.kind != BULLET]
    return len(counts) == len(set(counts))


@st.composite
def edited(draw, motion: amend.Motion) -> amend.Motion:
    """The motion after one to three edits a mover might want, as clean clerk text."""
    paragraphs = motion.paragraphs
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(paths(amend.Motion(motion.preamble, paragraphs))))
        para = at(amend.Motion(motion.preamble, paragraphs), where)
        action = draw(st.sampled_from(["word", "drop", "new"]))
        if action == "word":
            words = para.text.split()
            words[draw(st.integers(0, len(words) - 1))] = WORD
            new = (replace(para, text=" ".join(words)),)
        elif action == "drop" and len(paths(amend.Motion("", paragraphs))) > 1:
            new = ()
        else:
            new = (para, replace(para, text=f"{para.text} {WORD}", children=()))
        paragraphs = replace_at(paragraphs, where, new)
        assume(paragraphs)
    text = amend.render_text(amend.Motion(motion.preamble, paragraphs))
    try:
        return amend.read_motion(text)
    except amend.AmendError:
        assume(False)


@given(motions(max_depth=2), st.data(), st.sampled_from(["structured", "imperative"]))
def test_applying_a_draft_gives_the_edited_text(motion, data, style):
    """apply(m, parse(draft(m, e))) == e."""
    motion = reread(motion)
    wanted = data.draw(edited(motion))
    assume(wanted != motion)
    text = amend.draft(motion, wanted, style)
    result = amend.resolve(motion, amend.read_amendment(text, motion=motion)).motion
    assert result == wanted


@given(motions(max_depth=2), st.data())
def test_carrying_every_part_is_applying_and_carrying_none_changes_nothing(motion, data):
    """Carrying all the parts equals applying the amendment; carrying none leaves the motion."""
    motion = reread(motion)
    wanted = data.draw(edited(motion))
    assume(wanted != motion)
    amendment = amend.read_amendment(amend.draft(motion, wanted), motion=motion)
    every = Carried(tuple((p.number, ()) for p in amendment.parts if p.number is not None)
                    or ((1, ()),))
    assert amend.resolve(motion, amendment, every).motion == amend.resolve(motion, amendment).motion
    assert amend.resolve(motion, amendment, Carried(())).motion == motion


@given(motions(max_depth=2), st.data())
def test_labels_stay_in_sequence_after_any_series_of_operations(motion, data):
    """After deletions and additions of paragraphs, every list's labels run in sequence."""
    motion = reread(motion)
    assume(in_sequence(motion.paragraphs) and labels_unique(motion))
    parts = []
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(motion.paragraphs) - 1))
        if data.draw(st.booleans()):
            parts.append((ops.DeleteParagraphs(ref_of(motion, i)),))
        else:
            parts.append((ops.AddParagraphs(ops.Text("new words"), position=ops.Position.AFTER,
                                            near=ref_of(motion, i)),))
    try:
        result = amend.resolve(motion, amendment_of(*parts)).motion
    except amend.AmendError:
        assume(False)
    assert in_sequence(result.paragraphs)


@given(st.lists(wording(), min_size=3, max_size=10), st.sampled_from(LIST_STYLES[:-1]),
       st.sampled_from(["; and", "; or", ";"]), st.data())
def test_a_punctuated_list_keeps_its_convention_after_a_change(texts, style, connector, data):
    """A list punctuated by a convention ("; and" or "; or" before the last item, or none)
    follows the same one again after a paragraph is added or deleted."""
    count = len(texts)
    endings = [";"] * (count - 2) + [connector, "."]
    motion = amend.Motion("That this Council:-", tuple(
        amend.Paragraph(Label(*style, index), text, ending)
        for index, (text, ending) in enumerate(zip(texts, endings, strict=True), start=1)))
    i = data.draw(st.integers(0, count - 1))
    op = ops.DeleteParagraphs(ref_of(motion, i)) if data.draw(st.booleans()) else \
        ops.AddParagraphs(ops.Text("new words;"), position=ops.Position.AFTER,
                          near=ref_of(motion, i))
    result = amend.resolve(motion, amendment_of((op,))).motion
    assert convention(tuple(p.ending for p in result.paragraphs)) == (connector, ".")


@given(motions(max_depth=2), st.data())
def test_operations_on_different_paragraphs_commute(motion, data):
    """Two edits to different paragraphs give the same text in either order."""
    motion = reread(motion)
    assume(len(motion.paragraphs) >= 2 and labels_unique(motion))
    i, j = data.draw(st.lists(st.integers(0, len(motion.paragraphs) - 1), min_size=2,
                              max_size=2, unique=True))
    first = ops.InsertWords(ops.Text("first words"), ops.Position.END, scope=ref_of(motion, i))
    second = ops.InsertWords(ops.Text("second words"), ops.Position.START, scope=ref_of(motion, j))
    one = amend.resolve(motion, amendment_of((first,), (second,))).motion
    other = amend.resolve(motion, amendment_of((second,), (first,))).motion
    assert one == other


@given(st.text(max_size=400))
def test_any_text_reads_as_a_value_or_an_amend_error(text):
    """read_motion, read_amendment and read_minutes never fail with anything else."""
    for read in (amend.read_motion, amend.read_amendment, amend.read_minutes):
        try:
            read(text)
        except amend.AmendError:
            pass


def emptied(para: amend.Paragraph) -> bool:
    return para.text.strip(" ,;:.").lower() in ("", "and", "or")


@st.composite
def word_deletions(draw, motion: amend.Motion) -> tuple[ops.Operation, ...]:
    """One to three deletions of words of leaf paragraphs: all of a paragraph's words, or a
    run of them, each scoped to its paragraph."""
    leaves = [i for i, p in enumerate(motion.paragraphs) if not p.children]
    assume(leaves)
    chosen = draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=3, unique=True))
    deletions = []
    for i in chosen:
        words = motion.paragraphs[i].text.split()
        if draw(st.booleans()):
            start = draw(st.integers(0, len(words) - 1))
            words = words[start:draw(st.integers(start + 1, len(words)))]
        deletions.append(ops.DeleteWords(ops.Text(" ".join(words)), ref_of(motion, i)))
    return tuple(deletions)


@given(motions(max_depth=2), st.data())
def test_check_of_applys_own_printed_output_matches(motion, data):
    """Deleting words, even every word of a paragraph, leaves no empty or dangling paragraph,
    and checking the printed result against the result itself gives "matches"."""
    motion = reread(motion)
    assume(labels_unique(motion) and all(not emptied(p) for _, p in motion.walk()))
    deletions = data.draw(word_deletions(motion))
    try:
        result = amend.resolve(motion, amendment_of(*((op,) for op in deletions))).motion
    except amend.AmendError:
        assume(False)
    assert not any(emptied(p) for _, p in result.walk())
    assert amend.check(result, amend.render_text(result)).matches
