"""The fast scan for quoted words finds exactly what the pattern with its look-behind finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from amend.text.matching import find_words, loose_pattern

ALPHABET = "ab_1 -–\"“'’\n\u00a0.Aé"
NEEDLES = ["a", "ab", "b a", "a-b", "_a", "a_", "1 a", "“ab”", "é", "-", "A b.", "ba ab"]
BODIES = ["ab", "bab ab", "_ab a_b", "cab-ab a–b", "1 A", "éa é", "ab ab_ab", "a\u00a0b a  b"]


def _by_finditer(body: str, needle: str) -> list[tuple[int, int]]:
    return [m.span() for m in loose_pattern(needle.strip()).finditer(body)]


def _spans(body: str, needle: str) -> list[tuple[int, int]]:
    return [(hit.start, hit.end) for hit in find_words(body, needle)]


def test_find_words_matches_finditer_on_a_table_of_cases():
    """On every needle and body of the table, find_words gives finditer's spans."""
    cases = [(body, needle) for body in BODIES for needle in NEEDLES]
    assert [_spans(b, n) for b, n in cases] == [_by_finditer(b, n) for b, n in cases]


@given(st.text(ALPHABET, max_size=40), st.text(ALPHABET, min_size=1, max_size=6))
def test_find_words_matches_finditer(body, needle):
    """For any body and needle, find_words gives the spans of the look-behind pattern."""
    if needle.strip():
        assert _spans(body, needle) == _by_finditer(body, needle)
