"""Every reader, given any text or bytes, returns a value or raises an ``AmendError``: never
another exception (which the command line could only report as an internal error)."""

from __future__ import annotations

from hypothesis import given

import amend
from amend.text.source import decode
from tests.fuzzing import EXAMPLES, FUZZ, file_bytes, texts

ALSTON = amend.read_motion(amend.read_file(EXAMPLES / "sheffield-alston-partial" / "motion.txt"))


def reads_or_refuses(read, *args) -> None:
    """Call ``read``; an ``AmendError`` is a proper refusal, anything else fails the test."""
    try:
        read(*args)
    except amend.AmendError as error:
        assert str(error)


@FUZZ
@given(file_bytes())
def test_decoding_any_bytes_gives_text_or_a_read_error(data):
    """Bytes in any encoding, damaged or not, decode to text or raise ``ReadError``."""
    try:
        assert isinstance(decode(data, "f.txt"), str)
    except amend.ReadError as error:
        assert str(error).startswith("f.txt")


@FUZZ
@given(texts())
def test_reading_any_text_as_a_motion_gives_a_tree_or_an_error(text):
    """Any text reads as a motion or raises an ``AmendError``."""
    reads_or_refuses(amend.read_motion, text)


@FUZZ
@given(texts())
def test_reading_and_applying_any_amendment_gives_a_result_or_an_error(text):
    """Any text reads as an amendment to a real motion and applies, or raises an error."""
    def read_and_apply(words):
        amend.resolve(ALSTON, amend.read_amendment(words, motion=ALSTON))
    reads_or_refuses(read_and_apply, text)


@FUZZ
@given(texts())
def test_reading_and_verifying_any_minutes_gives_a_report_or_an_error(text):
    """Any text reads as a minutes item and verifies, or raises an ``AmendError``."""
    reads_or_refuses(lambda words: amend.verify(amend.read_minutes(words)), text)


@FUZZ
@given(texts(), texts())
def test_checking_and_drafting_any_two_texts_gives_a_value_or_an_error(first, second):
    """Any two texts compare, and draft an amendment from one to the other, or raise."""
    reads_or_refuses(amend.check, first, second)
    reads_or_refuses(lambda a, b: amend.draft(amend.read_motion(a), amend.read_motion(b)),
                     first, second)
