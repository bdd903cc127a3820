"""An amendment: its preamble, and numbered parts each read into operations.

A numbered line starts a part only if it reads as an instruction: "1. Call in best
practice…" inside new text is content, "1. the deletion of paragraph (f)" is a part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from amend.errors import (
    AmendWarning,
    InstructionSyntaxError,
    NoInstruction,
    ReadError,
    Span,
    WarningKind,
)
from amend.instructions import operations as ops
from amend.instructions.parts import (
    LINE,
    NUMBERED,
    check_no_part_lost,
    check_no_quoted_part,
    check_nothing_before,
    check_nothing_swallowed,
    instruction_lines,
    marked_instructions,
    no_instruction_hint,
    part_starts,
)
from amend.instructions.printed import PrintedResult, find_printed, read_printed
from amend.instructions.procedure import without_procedure
from amend.instructions.sentence import Located, read_instruction, unquote_block
from amend.instructions.wrapper import unwrapped
from amend.motion.tree import Motion, parse_motion
from amend.text.matching import WordIndex

NO_INSTRUCTION = "no instruction found in the amendment"


@dataclass(frozen=True, slots=True)
class Part:
    """One numbered part (``number`` None for a single unnumbered instruction)."""

    number: int | None
    instruction: str
    operations: tuple[ops.Operation, ...]
    block: ops.Text | None = None
    span: Span | None = field(default=None, compare=False)
    warnings: tuple[AmendWarning, ...] = field(default=(), compare=False)

    def block_labels(self) -> tuple[str, ...]:
        """The labels of the new paragraphs the part adds, lower-case ("g", "h")."""
        if self.block is None:
            return ()
        block = parse_motion(self.block.text, source="new paragraphs")
        return tuple(p.label.count.lower() for p in block.paragraphs if p.label)


@dataclass(frozen=True, slots=True)
class Amendment:
    """An amendment: a preamble ("that the Motion now submitted be amended by:-") and parts."""

    preamble: str
    parts: tuple[Part, ...]
    source: str = field(default="amendment", compare=False)
    printed_result: Motion | None = field(default=None, compare=False)  # "will read:-" text
    printed_span: Span | None = field(default=None, compare=False)  # where its lead-in is


def clean(text: str) -> str:
    """Position-preserving clean-up: no-break spaces, tabs, CR and BOM become spaces."""
    return (text.replace("\u00a0", " ").replace("\t", " ").replace("\r", " ")
            .replace("\ufeff", " "))


def motion_decides(motion: Motion) -> Callable[[tuple[ops.Operation, ...]], bool]:
    """Accept a reading only if every quoted target occurs in the motion (in any tier)."""
    index: WordIndex | None = None  # built on the first reading asked about

    def accept(operations: tuple[ops.Operation, ...]) -> bool:
        nonlocal index
        if index is None:
            index = WordIndex("\n\n".join(p.body for _, p in motion.walk()))
        return all(index.holds(piece)
                   for op in operations for quote in ops.target_quotes(op)
                   for piece in quote.passages())
    return accept


def _first_instruction(body: str, source: str):
    """The first line that reads as an instruction, in an amendment with no numbered parts."""
    first = next(instruction_lines(body), None)
    if first is None:
        line = LINE.search(body)
        at = line.end() if line else 0
        located = Located(source, body, 0)
        raise NoInstruction(
            NO_INSTRUCTION, span=located.span(at), source_line=located.line_text(at),
            expected=("an instruction such as “Delete …”, “the deletion of …”",),
            hint=no_instruction_hint(body))
    return first


def _as_new_text_hint(error: InstructionSyntaxError,
                      number: int | None) -> InstructionSyntaxError:
    """The error for a numbered part that does not read to its end, with the way out for a
    numbered paragraph of new text that opens like an instruction ("3. to add a new route")."""
    if number is None:
        return error
    way_out = (f"if “{number}.” starts new text rather than a part, put that text in "
               "quotation marks")
    error.hint = f"{error.hint}; {way_out}" if error.hint else way_out
    return error


def _unclosed_warning(where: Located, opened: int | None,
                      number: int | None) -> tuple[AmendWarning, ...]:
    """The warning for a quotation read to the end of its part for want of a close."""
    if opened is None:
        return ()
    end = f"part {number}" if number is not None else "the amendment"
    return (AmendWarning(WarningKind.UNCLOSED_QUOTATION,
                         f"the quotation opened here is never closed; read to the end of {end}",
                         where.span(opened)),)


def parse_amendment(text: str, source: str = "amendment",
                    motion: Motion | None = None) -> Amendment:
    """Read an amendment's text; given the motion, the motion decides between readings."""
    body, left_out = without_procedure(clean(text), source)
    body = unwrapped(body)
    if not body.strip():
        raise ReadError(f"{source}: the amendment is empty", hint="expected an instruction")
    found = find_printed(body, Located(source, body, 0).span)
    if found is None:
        amendment = _parse_instructions(body, source, motion)
    elif _only_printed(body[:found.start]):
        amendment = _printed_only(body, found, source)
    else:
        amendment = replace(_parse_instructions(body[:found.start], source, motion),
                            printed_result=read_printed(body, found, source),
                            printed_span=found.span)
    return _warned_at_end(amendment, left_out)


def _warned_at_end(amendment: Amendment, warnings: tuple[AmendWarning, ...]) -> Amendment:
    """The amendment with ``warnings`` added to its last part's."""
    if not warnings:
        return amendment
    *before, last = amendment.parts
    return replace(amendment, parts=(*before, replace(last, warnings=last.warnings + warnings)))


def _only_printed(before: str) -> bool:
    """Whether the text before a printed result holds no instruction: no numbered line, no
    line that reads as one, nor one that comes near (that is an error, not a replacement)."""
    if NUMBERED.search(before) or marked_instructions(before, len(before)) or any(
            instruction_lines(before)):
        return False
    return not before.strip() or not no_instruction_hint(before)


def _printed_only(body: str, found: PrintedResult, source: str) -> Amendment:
    """An amendment that only prints the motion as it would read: a whole-text replacement,
    as "that the motion be amended to read as follows:-" is."""
    rest = body[found.text_start:]
    lead = len(rest) - len(rest.lstrip())
    where = Located(source, body, 0)
    content = ops.Text(unquote_block(rest), where.span(found.text_start + lead), rest.strip())
    part = Part(None, found.lead_in, (ops.ReplaceAll(content),), content, found.span)
    return Amendment(" ".join(body[:found.start].split()), (part,), source)


def _parse_instructions(body: str, source: str, motion: Motion | None) -> Amendment:
    """The preamble and parts of an amendment's instructions."""
    accept = motion_decides(motion) if motion is not None else None
    starts = part_starts(body)
    check_no_part_lost(body, starts, source)
    if starts:
        check_no_quoted_part(body, starts[0].start(), source)
        check_nothing_before(body, starts[0].start(), source)
        preamble = body[:starts[0].start()]
        spans = [(int(m.group(1)), m.end(), nxt.start() if nxt else len(body))
                 for m, nxt in zip(starts, starts[1:] + [None], strict=True)]
    else:
        first = _first_instruction(body, source)
        check_nothing_before(body, first.start(), source)
        preamble = body[:first.start()]
        spans = [(None, first.end(), len(body))]
    parts = []
    for number, start, end in spans:
        chunk = body[start:end].rstrip()
        where = Located(source, body, start)
        try:
            operations, block, sentence_end, unclosed = read_instruction(
                chunk, where, accept, partial(check_nothing_swallowed, chunk=chunk, where=where))
        except InstructionSyntaxError as error:
            raise _as_new_text_hint(error, number) from None
        check_nothing_swallowed(operations, chunk, where)
        parts.append(Part(number, " ".join(chunk[:sentence_end].split()), operations, block,
                          where.span(0), _unclosed_warning(where, unclosed, number)))
    return Amendment(" ".join(preamble.split()), tuple(parts), source)
