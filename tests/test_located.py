"""Where a paragraph's words sit in its file: found from the file when a message asks, for
wrapped paragraphs, a label alone on its line, Windows line ends and printed line numbers."""

import amend
from tests.test_engine_rules import place_of

WRAPPED = ("That this Council:-\r\n\r\n(a)\r\n  notes the plan for the new\r\n  library;"
           "\r\n\r\n(b) asks the team to report\r\n    back by March.\r\n")


def located(text: str, words: str) -> str:
    """The file position the motion's paragraph gives for ``words``, as a message prints it."""
    motion = amend.read_motion(text, source="motion.txt")
    para = next(p for _, p in motion.walk() if words in p.text)
    return str(para.span.locate(para.text.index(words)))


def test_words_on_a_wrapped_line_are_placed_on_that_line():
    """“back by” is on the second line of (b), a Windows file: its own line and column."""
    line, column = place_of(WRAPPED.replace("\r\n", "\n"), "back by")
    assert located(WRAPPED, "back by") == f"motion.txt:{line}:{column}"


def test_a_label_alone_on_its_line_has_its_words_placed_on_the_next():
    """(a) stands alone on its line: its first words are placed on the line below, and its
    second line's words on theirs."""
    text = WRAPPED.replace("\r\n", "\n")
    for words in ("notes the plan", "library"):
        line, column = place_of(text, words)
        assert located(WRAPPED, words) == f"motion.txt:{line}:{column}"

