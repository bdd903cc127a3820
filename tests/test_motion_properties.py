"""Properties of the motion reader and the plain-text renderer."""

from hypothesis import given

from amend import read_motion, render_text
from tests.strategies import motions


@given(motions())
def test_reading_rendered_text_gives_the_same_tree(motion):
    """read_motion(render_text(m)) == m for trees of depth up to 3 in every label style, unless
    the reading says it guessed (a layout judged from line widths): never a silent misreading."""
    read = read_motion(render_text(motion))
    assert read == motion or read.guesses


@given(motions())
def test_rendering_is_stable(motion):
    """Rendering what was read from a rendering gives the same text again, unless the reading
    says it guessed (as the round trip above allows)."""
    text = render_text(motion)
    read = read_motion(text)
    assert render_text(read) == text or read.guesses
