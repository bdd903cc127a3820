"""One error hierarchy: every failure the library reports is an ``AmendError``; every guess it
makes is an ``AmendWarning``.  Both carry the ``Span`` of the input they are about, where the
input has one.  The library decides no exit codes: the command line maps errors to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a source text: 1-based line and column, and the source's name."""

    source: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.column}"


class WarningKind(Enum):
    """What kind of guess a warning reports."""

    CASELESS_MATCH = "caseless match"  # the words matched only when capitals are ignored
    OCCURRENCE_CHOSEN = "occurrence chosen"  # several places; the first was taken by rule
    LINE_NOT_USABLE = "line not usable"  # "in line N" where the motion prints no numbers
    LINE_NOT_MATCHED = "line not matched"  # the words are not on the line named
    OVERLAP = "overlap"  # the words are there only because an earlier part put them there
    RELETTER_NOT_BORNE_OUT = "relettering not borne out"  # "reletter (g) as (h)" and it is not
    LABEL_INFERRED = "label inferred"  # a new part given without a label was lettered
    LABELS_UNMATCHED = "labels unmatched"  # a labelled new part joins paragraphs with none
    UNCLOSED_QUOTATION = "unclosed quotation"  # a quotation never closed was read to the end
    PRINTED_RESULT_DIFFERS = "printed result differs"  # "will read:-" text is not the result
    PROCEDURE_LEFT_OUT = "procedure left out"  # "The amendment was carried." after it, dropped
    PAST_NAMED_PARAGRAPH = "past the paragraph named"  # "In (b), delete all after" took (c) too
    NEW_LABEL_NOT_BORNE_OUT = "new label not borne out"  # new (f) joins a list ending at (c)
    READ_AS_SENTENCE = "read as a sentence"  # words at the end taken as a sentence of the last
    RUN_ON = "run on"  # words "after the second sentence" that are no sentence, before its stop
    # "paragraph 2" where the motion's paragraphs are not numbered: the second, or the one
    # sub-paragraph numbered 2
    PARAGRAPH_NUMBER_READ = "paragraph number read"
    INITIAL_READ = "initial read"  # "from S. Campbell. …": the stop taken for an initial's
    DOUBLED_WORD = "doubled word"  # "the the Mayor": a change prints a word twice running
    SENTENCE_RUN_ON = "sentence run on"  # "Furthermore, It": a capital left with no stop before
    DANGLING_WORD = "dangling word"  # "the staff and;": a change leaves a word leading nowhere
    # "A. B. Jones this Council:-": an unlabelled paragraph's words now open with a label, or
    # new words put in a paragraph do ("iii) a new point;" at the end of c))
    OPENS_WITH_LABEL = "opens with a label"
    # "That Furthermore, the Council agrees." before (a): a preamble now ending as a sentence
    PREAMBLE_READ_AS_PARAGRAPH = "preamble reads as a paragraph"
    # "Add at the end of part c): “iii) …”" where c)'s sub-list ends at ii): a new iii)
    READ_AS_SUB_PARAGRAPH = "read as a sub-paragraph"
    # a motion's lines split into paragraphs, or joined, by a guess from their widths
    LAYOUT_GUESS = "layout guess"


# warnings that leave the result unverified: it may not be what the amendment means
UNVERIFYING = frozenset({WarningKind.UNCLOSED_QUOTATION, WarningKind.PRINTED_RESULT_DIFFERS})


@dataclass(frozen=True, slots=True)
class AmendWarning:
    """A reading the library was not sure of: what it did, and where the input says so."""

    kind: WarningKind
    message: str
    span: Span | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return f"{self.span}: {self.message}" if self.span else self.message


class AmendError(Exception):
    """Base of every error the library raises on bad input."""

    def __init__(self, message: str, *, span: Span | None = None, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.hint = hint

    @property
    def explained(self) -> str:
        """The message, and the hint in brackets after it if there is one."""
        return f"{self.message} ({self.hint})" if self.hint else self.message

    def __str__(self) -> str:
        where = f"{self.span}: " if self.span else ""
        return f"{where}{self.explained}"


class ReadError(AmendError):
    """A file could not be read as text: missing, empty, binary or without paragraphs."""


class InstructionSyntaxError(AmendError):
    """An amendment instruction does not read as any known form."""

    def __init__(self, message: str, *, span: Span | None, source_line: str = "",
                 expected: tuple[str, ...] = (), hint: str = "") -> None:
        super().__init__(message, span=span, hint=hint)
        self.source_line = source_line
        self.expected = expected


class NoInstruction(InstructionSyntaxError):
    """An amendment has no line that reads as an instruction (it may be a whole new text)."""


class TargetNotFound(AmendError):
    """An instruction names a paragraph or words that the motion does not have."""


class OverlappingTarget(TargetNotFound):
    """An instruction's target was deleted or rewritten by an earlier part of the same
    amendment (labels and words refer to the motion as moved)."""


class AmbiguousTarget(AmendError):
    """Quoted words occur in more than one place and the instruction does not say which
    (raised only when resolving strictly; otherwise the first is taken with a warning)."""


class NoEffect(AmendError):
    """An operation would leave the motion exactly as it was."""


class EmptiedParagraph(AmendError):
    """Deleting words would leave a paragraph with no words of its own but a sub-list, or
    the motion with no paragraphs."""


class ListOverflow(AmendError):
    """Relettering would run a list past its last label (letters stop at z)."""


class NarrativeAmendment(AmendError):
    """An amendment that describes a change without giving its words ("be amended to include
    the cost of services"), or gives words without saying where they go: it is read, and
    refused, for applying it would be a guess."""


class CarriedSpecError(AmendError):
    """A ``--carried`` specification names parts or paragraphs the amendment does not have."""
