"""Writing instructions: operations back to council wording, the inverse of the grammar.

Two styles: ``structured`` ("the deletion of paragraph (c)", Sheffield) and ``imperative``
("Delete paragraph (c)", Leeds).  Where the imperative style has no phrase for an operation,
the structured phrase is used.  New text goes in a block after a colon.
"""

from __future__ import annotations

from enum import StrEnum
from functools import singledispatch

from amend.instructions import operations as ops
from amend.instructions.parts import taken_for_a_part
from amend.text.numbers import number_word, ordinal_word


class Style(StrEnum):
    """How an amendment is worded: "the deletion of …" (structured) or "Delete …"."""

    STRUCTURED = "structured"
    IMPERATIVE = "imperative"


STRUCTURED, IMPERATIVE = Style
PREAMBLE = "That the Motion now submitted be amended by:-"


def quote(text: ops.Text) -> str:
    return f"“{text.text}”"


def ref_text(ref: ops.Ref) -> str:
    """A reference as a clerk writes it: "paragraph (f)", "the second paragraph"…"""
    if isinstance(ref, ops.LabelRef):
        counts = " ".join(f"({count})" for count in path_counts(ref))
        return f"{'original ' if ref.original else ''}paragraph {counts}"
    if isinstance(ref, ops.OrdinalRef):
        return f"the {ordinal_word(ref.n)} paragraph"
    if isinstance(ref, ops.OrdinalRangeRef):
        return f"the {ordinal_word(ref.first)} to {ordinal_word(ref.last)} paragraphs"
    if isinstance(ref, ops.RangeRef):
        return f"paragraphs ({ref.first}) to ({ref.last})"
    if isinstance(ref, ops.LabelsRef):
        return ref.describe()
    if isinstance(ref, ops.FirstRef):
        return f"the first {number_word(ref.count)} paragraphs"
    of = f" of {ref_text(ref.within)}" if ref.within else ""
    return f"the {ordinal_word(ref.n)} sentence{of}"


def path_counts(ref: ops.LabelRef) -> list[str]:
    """The counts from the outermost paragraph down: part b) iii) gives ``["b", "iii"]``."""
    return ([] if ref.within is None else path_counts(ref.within)) + [ref.count]


def part_path(ref: ops.LabelRef) -> str:
    """A part as North American minutes name it: "b) iii)"."""
    return " ".join(f"{count})" for count in path_counts(ref))


def _in(scope: ops.Ref | None) -> str:
    return f" in {ref_text(scope)}" if scope else ""


_PAIRS = (("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"))  # quotation marks a block may open with


def _block(text: ops.Text) -> str:
    """New text after its lead-in, in quotation marks where one of its numbered lines would
    otherwise read as a further part of the amendment ("2) to add …"), or where it is itself
    wholly in quotation marks (a reader takes one pair off a block)."""
    words = text.text
    quoted = any(words.startswith(opener) and words.endswith(closer)
                 for opener, closer in _PAIRS) and len(words) > 1
    return f":-\n\n“{words}”" if quoted or taken_for_a_part(words) else f":-\n\n{words}"


def _labels(labels: tuple[str, ...]) -> str:
    if len(labels) == 1:
        return f"a new paragraph ({labels[0]})"
    return f"new paragraphs ({labels[0]}) to ({labels[-1]})"


def _extras(each: bool, line: int | None) -> str:
    return (" in line " + str(line) if line else "") + (" throughout" if each else "")


@singledispatch
def structured(op: ops.Operation) -> str:
    """The structured ("the deletion of …") wording of one operation."""
    raise TypeError(f"no wording for {type(op).__name__}")


@structured.register
def _(op: ops.DeleteParagraphs) -> str:
    if op.content is None:
        return f"the deletion of {ref_text(op.target)}"
    return f"the deletion of {ref_text(op.target)} and the addition of the following" \
           f"{_block(op.content)}"


@structured.register
def _(op: ops.AddParagraphs) -> str:
    if op.position is ops.Position.END and isinstance(op.near, ops.LabelRef) and \
            (op.labels or op.unlabelled_part):
        what = f"{op.labels[0]})" if op.labels else "a new part that reads"
        return f"That part {part_path(op.near)} be amended to include {what} as follows" \
               f"{_block(op.content)}"
    if op.unlabelled_part:
        return f"That the motion be amended to include a new part that reads as follows" \
               f"{_block(op.content)}"
    if op.labels and op.position is ops.Position.LABELS:
        return f"the addition of {_labels(op.labels)} as follows{_block(op.content)}"
    if op.position is ops.Position.END and op.near is not None:
        return f"the addition of the following paragraphs at the end of " \
               f"{ref_text(op.near)}{_block(op.content)}"
    if op.position.beside:
        return f"the insertion of a new paragraph {op.position} {ref_text(op.near)} " \
               f"as follows{_block(op.content)}"
    return f"the addition of the following at the {op.position} of the motion" \
           f"{_block(op.content)}"


def _deletion(words: ops.Text, op: ops.DeleteWords | ops.SubstituteWords) -> str:
    """"the deletion of the words …" with the words beside them, the place, "throughout"
    and the line, as the operation has them."""
    near = f" {'following' if op.side is ops.Position.AFTER else 'preceding'} the words " \
           f"{quote(op.anchor)}" if op.anchor else ""
    return f"the deletion of the words {quote(words)}{near}{_in(op.scope)}" \
           f"{_extras(op.each, op.line)}"


@structured.register
def _(op: ops.DeleteWords) -> str:
    if op.side is ops.Position.START:
        return f"the deletion of the words {quote(op.words)} at the beginning of " \
               f"{ref_text(op.scope)}"
    return _deletion(op.words, op)


@structured.register
def _(op: ops.SubstituteWords) -> str:
    if op.anchor or op.each or op.line:
        return f"{_deletion(op.old, op)} and replacing them with {quote(op.new)}"
    return f"the substitution of the words {quote(op.new)} for the words " \
           f"{quote(op.old)}{_in(op.scope)}"


@structured.register
def _(op: ops.InsertWords) -> str:
    if op.anchor is None:
        if isinstance(op.scope, ops.SentenceRef) and not op.position.beside:
            at = "to the end" if op.position is ops.Position.END else "at the start"
            return f"Add {quote(op.words)} {at} of {ref_text(op.scope)}"
        if isinstance(op.scope, ops.SentenceRef):
            return f"Add {quote(op.words)} {op.position} {ref_text(op.scope)}"
        return f"the addition of the words {quote(op.words)} at the {op.position} of " \
               f"{ref_text(op.scope)}"
    scope = f" {ref_text(op.scope)}" if op.scope else ""
    place = f" in{scope}" if scope else ""
    return f"the insertion{place}, {op.position} the words {quote(op.anchor)}, of the " \
           f"words {quote(op.words)}"


@structured.register
def _(op: ops.DeleteAfter) -> str:
    then = f" and the addition of the following words therefor{_block(op.content)}" \
        if op.content else ""
    if op.inclusive:
        then = f" and insert{_block(op.content)}" if op.content else ""
        return f"leave out from {quote(op.anchor)} to the end{_in(op.scope)}{then}"
    return f"the deletion of all the words after the words {quote(op.anchor)}" \
           f"{_in(op.scope)}{then}"


@structured.register
def _(op: ops.DeleteBetween) -> str:
    if op.inclusive:
        then = f" and insert{_block(op.content)}" if op.content else ""
        return f"Delete the words from {quote(op.after)} to {quote(op.until)}" \
               f"{_in(op.scope)}{then}"
    place = f"In {ref_text(op.scope)}, after" if op.scope else "After"
    then = f" and substitute the following{_block(op.content)}" if op.content else ""
    return f"{place} the words {quote(op.after)} delete all of the text up until the " \
           f"words {quote(op.until)}{then}"


@structured.register
def _(op: ops.DeleteSentence) -> str:
    if op.content is None:
        return f"the deletion of {ref_text(op.target)}"
    return f"Replace {ref_text(op.target)} with {quote(op.content)}"


@structured.register
def _(op: ops.ReplaceAll) -> str:
    return f"that the motion be amended to read as follows{_block(op.content)}"


@structured.register
def _(op: ops.Reletter) -> str:
    return f"the relettering of {ref_text(op.target)} as a new paragraph ({op.new})"


def imperative(op: ops.Operation) -> str:
    """The imperative ("Delete …") wording of one operation (structured where there is none)."""
    if isinstance(op, ops.DeleteParagraphs):
        if op.content is None:
            return f"Delete {ref_text(op.target)}"
        return f"Delete {ref_text(op.target)} and replace with{_block(op.content)}"
    if isinstance(op, ops.AddParagraphs) and not op.labels and not op.unlabelled_part:
        if op.position.beside:
            noun = "paragraphs" if "\n\n" in op.content.text else "paragraph"
            return f"Insert new {noun} {op.position} {ref_text(op.near)}{_block(op.content)}"
        if op.position is ops.Position.END and op.near is None:
            return f"Add at end{_block(op.content)}"
        if op.position is ops.Position.START:
            return f"Insert at the start{_block(op.content)}"
    if isinstance(op, ops.DeleteWords) and not op.anchor and op.side is not ops.Position.START:
        prefix = f"In {ref_text(op.scope)}, delete" if op.scope else "Delete"
        return f"{prefix} the words {quote(op.words)}{_extras(op.each, op.line)}"
    if isinstance(op, ops.SubstituteWords) and not op.anchor:
        return f"Replace the words {quote(op.old)}{_in(op.scope)} with {quote(op.new)}" \
               f"{_extras(op.each, op.line)}"
    if isinstance(op, ops.InsertWords) and op.anchor is not None:
        prefix = f"In {ref_text(op.scope)}, insert" if op.scope else "Insert"
        return f"{prefix} the words {quote(op.words)} {op.position} {quote(op.anchor)}"
    if isinstance(op, ops.DeleteAfter) and not op.inclusive and op.scope is None:
        then = f" and replace with{_block(op.content)}" if op.content else ""
        return f"Delete all after {quote(op.anchor)}{then}"
    if isinstance(op, ops.ReplaceAll):
        return f"Delete all and replace with{_block(op.content)}"
    if isinstance(op, ops.DeleteSentence) and op.content is None:
        return f"Delete {ref_text(op.target)}"
    return structured(op)


def write_part(operations: tuple[ops.Operation, ...], style: Style = STRUCTURED) -> str:
    """One part: its operations joined by "and" (a block may close only the last)."""
    phrase = structured if style == STRUCTURED else imperative
    words = [phrase(op) for op in operations]
    return " and ".join([words[0]] + [w[0].lower() + w[1:] for w in words[1:]])


def write_amendment(parts: list[tuple[ops.Operation, ...]], style: Style = STRUCTURED) -> str:
    """A whole amendment: the preamble, then numbered parts (a single part is unnumbered)."""
    if len(parts) == 1:
        body = write_part(parts[0], style)
        return (f"{PREAMBLE}\n\n{body}\n" if style == STRUCTURED else f"{body}\n")
    numbered = [f"{n}. {write_part(part, style)}" for n, part in enumerate(parts, start=1)]
    head = f"{PREAMBLE}\n\n" if style == STRUCTURED else ""
    return head + "\n\n".join(numbered) + "\n"
