"""The redline of a motion against the motion as amended."""

from hypothesis import given

from amend import (
    read_amendment,
    read_motion,
    redline,
    render_redline_plain,
    render_text,
    resolve,
)
from amend.text.marks import Mark
from tests.strategies import motions

MOTION = read_motion("That this Council:-\n\n(a) notes the report;\n\n(b) thanks the staff; and"
                      "\n\n(c) asks for CCTV at hotspots.\n")


def test_an_unchanged_motion_has_only_unchanged_lines():
    """Comparing a motion with itself marks nothing as deleted or added."""
    marks = {mark for line in redline(MOTION, MOTION) for mark in line.marks()}
    assert marks == {Mark.KEPT}


def test_a_relettered_paragraph_is_compared_word_by_word():
    """After (b) is deleted, old (c) and new (b) are set side by side, not deleted and added."""
    amendment = read_amendment("1. the deletion of paragraph (b); and\n\n2. the substitution "
                                "of the words “mobile cameras” for the words “CCTV”")
    result = resolve(MOTION, amendment)
    plain = render_redline_plain(redline(result.original, result.motion)).splitlines()
    assert plain[2] == "[-(b) thanks the staff; and-]"
    assert plain[3] == ("[-(c)-] {+(b)+} asks for [-CCTV-] {+mobile cameras+} at hotspots.")


def printed(motion) -> list[str]:
    return [line for line in render_text(motion).splitlines() if line]


def sides(lines, left_out) -> list[str]:
    """One side of a redline as printed lines: the segments not of ``left_out`` joined back."""
    out = [line.view(left_out) for line in lines]
    return [line for line in out if line]


@given(motions(), motions())
def test_a_redline_keeps_every_line_of_both_texts(original, amended):
    """Its same and deleted words give the original's lines; same and added, the new ones."""
    lines = redline(original, amended)
    assert sides(lines, Mark.INSERTED) == printed(original)
    assert sides(lines, Mark.DELETED) == printed(amended)


def test_relettering_a_long_list_sets_each_line_against_its_old_self():
    """Deleting (1) of forty paragraphs: each later line shows only its label changed."""
    motion = read_motion("\n\n".join(f"({n}) notes report number {n} on the budget;"
                                     for n in range(1, 41)))
    result = resolve(motion, read_amendment("the deletion of paragraph (1)"))
    plain = render_redline_plain(redline(result.original, result.motion)).splitlines()
    assert plain[0] == "[-(1) notes report number 1 on the budget;-]"
    assert plain[1:] == [f"[-({n})-] {{+({n - 1})+}} notes report number {n} on the budget;"
                         for n in range(2, 41)]


def test_lines_whose_keys_agree_but_words_differ_are_not_called_kept(monkeypatch):
    """Lines are aligned by a hash of their words; where two different lines share one, the
    redline still shows what changed between them instead of keeping the old words."""
    from amend.render import redline as redline_module

    monkeypatch.setattr(redline_module, "hash", lambda _: 0, raising=False)
    result = resolve(MOTION, read_amendment(
        "the substitution of the words “mobile cameras” for the words “CCTV”"))
    plain = render_redline_plain(redline(result.original, result.motion)).splitlines()
    assert plain[3] == "(c) asks for [-CCTV-] {+mobile cameras+} at hotspots."
    assert plain[:3] == printed(MOTION)[:3]

