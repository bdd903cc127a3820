"""The redline of a motion against the motion as amended."""

from amend import read_amendment, read_motion, redline, render_redline_plain, resolve

MOTION = read_motion("That this Council:-\n\n(a) notes the report;\n\n(b) thanks the staff; and"
                      "\n\n(c) asks for CCTV at hotspots.\n")


def test_an_unchanged_motion_has_only_unchanged_lines():
    """Comparing a motion with itself marks nothing as deleted or added."""
    kinds = {kind for line in redline(MOTION, MOTION) for kind, _ in line.segments}
    assert kinds == {"same"}


def test_a_relettered_paragraph_is_compared_word_by_word():
    """After (b) is deleted, old (c) and new (b) are set side by side, not deleted and added."""
    amendment = read_amendment("1. the deletion of paragraph (b); and\n\n2. the substitution "
                                "of the words “mobile cameras” for the words “CCTV”")
    result = resolve(MOTION, amendment)
    plain = render_redline_plain(redline(result.original, result.motion)).splitlines()
    assert plain[2] == "[-(b) thanks the staff; and-]"
    assert plain[3] == ("[-(c)-] {+(b)+} asks for [-CCTV-] {+mobile cameras+} at hotspots.")
