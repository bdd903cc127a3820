"""The motion's word index says a quotation occurs exactly when a scan of the whole text does."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from amend.text.matching import WordIndex, occurrences

ALPHABET = "abk_1 -–\"“'’\n\u00a0.;AKéſ\u212a\u0130\u0131i"
NEEDLES = ["a", "ab", "b a", "a-b", "_a", "a_", "1 a", "“ab”", "é", "-", "A b.", "ba ab",
           "ab;", "; ab", "s", "k ab", "i", "ab\nab", "\"ab", "ab ab ab", "Ab AB"]
BODIES = ["ab", "bab ab", "_ab a_b", "cab-ab a–b", "1 A", "éa é", "ab ab_ab", "a\u00a0b a  b",
          "ab;\n\nab", "ſ \u212a ab", "\u0130 \u0131", "x ab\n\n(b) ab ab", "“ab” \"AB\""]


def _scan(body: str, needle: str) -> bool:
    return bool(occurrences(body, needle)[0])


def test_word_index_agrees_with_the_scan_on_a_table_of_cases():
    """On every needle and body of the table, the index answers as the whole-text scan."""
    cases = [(body, needle) for body in BODIES for needle in NEEDLES]
    assert [WordIndex(b).holds(n) for b, n in cases] == [_scan(b, n) for b, n in cases]


def test_only_four_letters_outside_ascii_match_an_ascii_letter_caselessly():
    """The index's table of ASCII twins holds every letter that IGNORECASE matches to ASCII."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    twins = [c for c in map(chr, range(128, 0x110000)) if ascii_letter.fullmatch(c)]
    assert twins == ["\u0130", "\u0131", "\u017f", "\u212a"]


@given(st.text(ALPHABET, max_size=60), st.text(ALPHABET, min_size=1, max_size=8))
def test_word_index_agrees_with_the_scan(body, needle):
    """For any text and needle, the index holds the needle exactly when the scan finds it."""
    assert WordIndex(body).holds(needle) == _scan(body, needle)
