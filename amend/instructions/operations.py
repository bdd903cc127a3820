"""What an amendment instruction does: references to paragraphs and the operations on them.

Every operation is a frozen dataclass with ``describe()``, the plain words ``amend explain``
prints.  Paragraph references are resolved later, against the motion as it stood.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum

from amend.errors import Span
from amend.text.numbers import ordinal_word


@dataclass(frozen=True, slots=True)
class Text:
    """Words quoted in an instruction, or a block of new text; ``span`` is where it starts;
    ``printed`` is a block as printed, before quotation marks around all of it were taken off."""

    text: str
    span: Span | None = field(default=None, compare=False)
    printed: str | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        short = self.text if len(self.text) <= 60 else self.text[:57] + "…"
        return f"“{short}”"

    def passages(self) -> list[str]:
        """The quoted text split at blank lines (a quotation may span paragraphs)."""
        return [p for p in re.split(r"\n\s*\n", self.text) if p.strip()]


GAP = " ,;:"  # what may stand between an anchor and the words it places


class Position(StrEnum):
    """Where a change goes: after or before an anchor or a paragraph, at the start or end (of
    the motion, a paragraph or a sentence), or at the labels new paragraphs will bear."""

    AFTER = "after"
    BEFORE = "before"
    START = "start"
    END = "end"
    LABELS = "labels"

    @property
    def beside(self) -> bool:
        """After or before something named (an anchor or a paragraph)."""
        return self in (Position.AFTER, Position.BEFORE)

    def next_to(self, body: str, words: tuple[int, int], anchor: tuple[int, int]) -> bool:
        """Whether the words at ``words`` (start, end) in ``body`` stand on this side of the
        anchor at ``anchor``, with nothing but ``GAP`` between them."""
        if self is Position.AFTER:
            return anchor[1] <= words[0] and not body[anchor[1]:words[0]].strip(GAP)
        if self is Position.BEFORE:
            return words[1] <= anchor[0] and not body[words[1]:anchor[0]].strip(GAP)
        return False


# ---- references ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LabelRef:
    """A paragraph named by its label count: ``f`` for "(f)", ``3`` for "paragraph 3";
    ``within`` names the paragraph it sits under ("part b) iii)" is iii within b)."""

    count: str
    original: bool = False
    within: LabelRef | None = None

    def describe(self) -> str:
        under = f" of {self.within.describe()}" if self.within else ""
        return f"{'original ' if self.original else ''}paragraph ({self.count}){under}"


@dataclass(frozen=True, slots=True)
class OrdinalRef:
    """A top-level paragraph by position: "the second paragraph" (``-1`` is the last)."""

    n: int

    def describe(self) -> str:
        return f"the {ordinal_word(self.n)} paragraph"


@dataclass(frozen=True, slots=True)
class RangeRef:
    """Paragraphs from one label to another inclusive: "(d) to (f)"."""

    first: str
    last: str

    def describe(self) -> str:
        return f"paragraphs ({self.first}) to ({self.last})"


@dataclass(frozen=True, slots=True)
class LabelsRef:
    """Paragraphs named one by one by their labels: "(b) and (d)", "(b), (c) and (e)" (and
    none between them)."""

    counts: tuple[str, ...]

    def describe(self) -> str:
        *most, last = (f"({count})" for count in self.counts)
        return f"paragraphs {', '.join(most)} and {last}"


@dataclass(frozen=True, slots=True)
class OrdinalRangeRef:
    """Top-level paragraphs by position, ``first`` to ``last`` inclusive: "the third to fifth
    paragraphs" (``first`` is above 1: from the first, it is a ``FirstRef``)."""

    first: int
    last: int

    def describe(self) -> str:
        return f"the {ordinal_word(self.first)} to {ordinal_word(self.last)} paragraphs"


@dataclass(frozen=True, slots=True)
class FirstRef:
    """The first ``count`` top-level paragraphs."""

    count: int

    def describe(self) -> str:
        return f"the first {self.count} paragraphs"


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """The ``n``-th sentence (``-1`` last) of a paragraph, or of the whole motion."""

    n: int
    within: LabelRef | OrdinalRef | None = None

    def describe(self) -> str:
        where = f" of {self.within.describe()}" if self.within else ""
        return f"the {ordinal_word(self.n)} sentence{where}"


Ref = LabelRef | OrdinalRef | RangeRef | LabelsRef | OrdinalRangeRef | FirstRef | SentenceRef


def where_text(scope: Ref | None) -> str:
    return f" in {scope.describe()}" if scope else ""


# ---- operations ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DeleteParagraphs:
    """Delete whole paragraphs, and with ``content`` put new paragraphs in their place."""

    target: Ref
    content: Text | None = None

    def replaced_by(self, content: Text) -> DeleteParagraphs:
        """The deletion with new paragraphs in the place of those deleted."""
        return replace(self, content=content)

    def describe(self) -> str:
        if self.content:
            return f"replace {self.target.describe()} with new text"
        return f"delete {self.target.describe()}"


@dataclass(frozen=True, slots=True)
class AddParagraphs:
    """Add new paragraphs: at the labels they will bear, at the end or start, or near one.

    ``unlabelled_part`` is a new part the instruction adds without a label ("include a new
    part that reads as follows"): it goes at the end and the clerk letters it, so its label
    is a guess that must be reported as one."""

    content: Text
    labels: tuple[str, ...] = ()
    position: Position = Position.LABELS
    near: Ref | None = None
    unlabelled_part: bool = False

    def describe(self) -> str:
        if self.unlabelled_part:
            return "add a new part at the end of the motion (its label inferred)"
        if self.labels:
            names = f"({self.labels[0]})" if len(self.labels) == 1 else \
                f"({self.labels[0]}) to ({self.labels[-1]})"
            what = f"new paragraph{'s' if len(self.labels) > 1 else ''} {names}"
        else:
            what = "new text"
        if self.position.beside and self.near:
            return f"add {what} {self.position} {self.near.describe()}"
        if self.position is Position.END and self.near:
            return f"add {what} at the end of {self.near.describe()}"
        if self.position in (Position.START, Position.END):
            return f"add {what} at the {self.position} of the motion"
        return f"add {what}"


@dataclass(frozen=True, slots=True)
class DeleteWords:
    """Delete quoted words (in a scope; after or before other words; each place if ``each``)."""

    words: Text
    scope: Ref | None = None
    anchor: Text | None = None
    side: Position | None = None  # after or before the anchor, or at the start (of a sentence)
    each: bool = False
    line: int | None = None

    def replaced_by(self, content: Text) -> SubstituteWords:
        """The deletion with new words in the place of those deleted."""
        return SubstituteWords(self.words, content, self.scope, self.each, self.line,
                               self.anchor, self.side)

    def describe(self) -> str:
        near = f" {self.side} the words {self.anchor}" if self.anchor else ""
        return f"delete the words {self.words}{near}{where_text(self.scope)}"


@dataclass(frozen=True, slots=True)
class SubstituteWords:
    """Replace the quoted words ``old`` with ``new``."""

    old: Text
    new: Text
    scope: Ref | None = None
    each: bool = False
    line: int | None = None
    anchor: Text | None = None
    side: Position | None = None  # after or before the anchor

    def describe(self) -> str:
        near = f" {self.side} the words {self.anchor}" if self.anchor else ""
        return f"replace the words {self.old}{near} with {self.new}{where_text(self.scope)}"


@dataclass(frozen=True, slots=True)
class InsertWords:
    """Insert words after or before quoted words, or at the start or end of a paragraph."""

    words: Text
    position: Position  # after or before the anchor or scope; at the start or end of the scope
    anchor: Text | None = None
    scope: Ref | None = None

    def describe(self) -> str:
        if self.anchor:
            return f"insert {self.words} {self.position} the words {self.anchor}" \
                   f"{where_text(self.scope)}"
        target = self.scope.describe() if self.scope else "the motion"
        return f"insert {self.words} at the {self.position} of {target}" \
            if not self.position.beside else \
            f"insert {self.words} {self.position} {target}"


@dataclass(frozen=True, slots=True)
class DeleteAfter:
    """Delete everything after (or, if ``inclusive``, from) the anchor; then add ``content``."""

    anchor: Text
    content: Text | None = None
    inclusive: bool = False
    scope: Ref | None = None

    def replaced_by(self, content: Text) -> DeleteAfter:
        """The deletion with new text in the place of what it deletes."""
        return replace(self, content=content)

    def describe(self) -> str:
        what = f"from {self.anchor} to the end" if self.inclusive else \
            f"all after {self.anchor}"
        then = " and replace it with new text" if self.content else ""
        return f"delete {what}{where_text(self.scope)}{then}"


@dataclass(frozen=True, slots=True)
class DeleteBetween:
    """Delete the words between two kept anchors ("after the words “A” delete all of the
    text up until the words “B”"), or, if ``inclusive``, the anchors with them ("delete the
    words from “A” to “B”"); with ``content``, put new words in their place."""

    after: Text
    until: Text
    content: Text | None = None
    scope: Ref | None = None
    inclusive: bool = False

    def replaced_by(self, content: Text) -> DeleteBetween:
        """The deletion with new words in the place of those deleted."""
        return replace(self, content=content)

    def describe(self) -> str:
        then = f" and put {self.content} in their place" if self.content else ""
        what = f"from {self.after} to {self.until}" if self.inclusive else \
            f"between {self.after} and {self.until}"
        return f"delete the words {what}{where_text(self.scope)}{then}"


@dataclass(frozen=True, slots=True)
class DeleteSentence:
    """Delete a sentence ("Delete the second sentence of paragraph (c)"); with ``content``,
    put new words in its place ("Replace the last sentence with “…”")."""

    target: SentenceRef
    content: Text | None = None

    def replaced_by(self, content: Text) -> DeleteSentence:
        """The deletion with new words in the place of the sentence."""
        return replace(self, content=content)

    def describe(self) -> str:
        then = f" and put {self.content} in its place" if self.content else ""
        return f"delete {self.target.describe()}{then}"


@dataclass(frozen=True, slots=True)
class ReplaceAll:
    """Replace the whole motion (after its preamble) with new text."""

    content: Text

    def describe(self) -> str:
        return "replace the whole motion with new text"


@dataclass(frozen=True, slots=True)
class Reletter:
    """Say that an original paragraph now bears another label (checked after applying)."""

    target: LabelRef
    new: str

    def describe(self) -> str:
        return f"reletter {self.target.describe()} as ({self.new})"


# a place can limit these
Scoped = DeleteWords | SubstituteWords | InsertWords | DeleteAfter | DeleteBetween
Operation = (DeleteParagraphs | AddParagraphs | DeleteWords | SubstituteWords | InsertWords
             | DeleteAfter | DeleteBetween | DeleteSentence | ReplaceAll | Reletter)


def texts_of(op: Operation) -> tuple[Text, ...]:
    """Every quotation and block of new text an operation holds."""
    return tuple(value for value in (getattr(op, f.name) for f in fields(op))
                 if isinstance(value, Text))


def target_quotes(op: Operation) -> tuple[Text, ...]:
    """The quoted words an operation must find in the motion (what it acts on, then anchors)."""
    if isinstance(op, DeleteWords):
        found = (op.words, op.anchor)
    elif isinstance(op, SubstituteWords):
        found = (op.old, op.anchor)
    elif isinstance(op, InsertWords | DeleteAfter):
        found = (op.anchor,)
    elif isinstance(op, DeleteBetween):
        found = (op.after, op.until)
    else:
        found = ()
    return tuple(q for q in found if q is not None)
