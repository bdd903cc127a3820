"""Hypothesis strategies for fuzzing: real texts cut up, mixed and sprinkled with the tokens
the readers look for, and raw bytes in every encoding the reader accepts."""

from __future__ import annotations

import codecs
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
# A tenth of the profile's examples per command: ``ci`` stays quick, ``long`` digs deeper.
FUZZ = settings(max_examples=max(10, settings.default.max_examples // 10))

TOKENS = (
    "(a)", "(b)", "(c)", "(i)", "(ii)", "(g)", "(h)", "a)", "b.", "1.", "2.", "3.", "(1)", "(A)",
    "•", "·", "-", "–", "“", "”", "‘", "’", '"', "'", ":-", ":", ";", "; and", ".", ",", " ",
    "\n", "\n\n", "\t", "\u00a0", "\r\n", "\x0c", "\x1b[2J", "[/dim]", "[link=x]", "\ufeff",
    "That this Council:-", "RESOLVED:", "Delete", "delete", "Insert", "insert", "Replace",
    "replace with", "the words", "the deletion of", "the addition of", "new paragraph",
    "paragraph", "paragraphs", "to", "after", "before", "in", "line", "first", "second",
    "each place", "all after", "the substitution of", "for", "and", "as follows:-",
    "the relettering of", "Add at end:", "amended to read", "was put to the vote and was",
    "carried", "lost", "negatived", "except for", "of part", "Amendment", "moved by",
    "seconded by", "Councillor", "Substantive Motion", "fell", "notes", "the report",
)
CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs",))


def example_texts() -> list[str]:
    """Every motion, amendment, resolution and minutes item under examples/."""
    paths = sorted(p for p in EXAMPLES.rglob("*") if p.suffix in (".txt", ".html"))
    return [p.read_text(encoding="utf-8") for p in paths]


EXAMPLE_TEXTS = example_texts()


@st.composite
def mutated(draw) -> str:
    """A real text with a few cuts, copies, insertions of tokens or characters, or its end cut."""
    text = draw(st.sampled_from(EXAMPLE_TEXTS))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        end = draw(st.integers(at, min(len(text), at + 200)))
        edit = draw(st.sampled_from(("cut", "copy", "token", "characters", "truncate")))
        if edit == "cut":
            text = text[:at] + text[end:]
        elif edit == "copy":
            text = text[:end] + text[at:end] + text[end:]
        elif edit == "token":
            text = text[:at] + draw(st.sampled_from(TOKENS)) + text[at:]
        elif edit == "characters":
            text = text[:at] + draw(st.text(CHARACTERS, max_size=8)) + text[at:]
        else:
            text = text[:end]
    return text


def token_soup() -> st.SearchStrategy[str]:
    """Text built from the words and marks the readers act on, in any order."""
    return st.lists(st.one_of(st.sampled_from(TOKENS), st.text(CHARACTERS, max_size=5)),
                    max_size=60).map(" ".join)


def texts() -> st.SearchStrategy[str]:
    """Input text: a mutated real text, or a soup of the readers' tokens."""
    return st.one_of(mutated(), token_soup())


ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-32")


@st.composite
def file_bytes(draw) -> bytes:
    """Bytes of a file: text in an accepted encoding, maybe damaged, or arbitrary bytes."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=300))
    text = draw(texts())
    encoding = draw(st.sampled_from(ENCODINGS))
    data = text.encode(encoding, errors="replace")
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at + draw(st.integers(0, 3)):]
    return data
