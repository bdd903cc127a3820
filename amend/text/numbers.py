"""Number words and ordinals, both ways: "second" ↔ 2, "three" ↔ 3, "4th" → 4."""

from __future__ import annotations

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def ordinal_word(n: int) -> str:
    """``2`` gives "second"; ``-1`` gives "last"; past the table, "13th"."""
    if n == -1:
        return "last"
    return ORDINALS[n - 1] if 0 < n <= len(ORDINALS) else f"{n}th"


def ordinal_value(token: str) -> int | None:
    """"second" or "2nd" gives 2; anything else None."""
    word = token.lower()
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    digits = "".join(ch for ch in word if ch.isdigit())
    return int(digits) if digits else None


def number_word(n: int) -> str:
    """``3`` gives "three"; past the table, the digits."""
    return NUMBER_WORDS[n - 1] if 0 < n <= len(NUMBER_WORDS) else str(n)


def number_value(token: str) -> int | None:
    """"three" or "3" gives 3; anything else None."""
    word = token.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS.index(word) + 1
    return int(word) if word.isdigit() else None
