"""One instruction sentence to operations: skeleton, Lark parse, Transformer.

The quotation scanner (amend/text/quotes.py) proposes readings; each reading's skeleton is
parsed by the grammar; the Transformer (transformer.py) builds the operations; the first
reading whose quoted targets the motion contains wins (or, without a motion, the first that
parses); a reading that takes one quotation across quotation marks (“x” for “y” read as one)
wins only where the motion holds its words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from amend.errors import AmendError, InstructionSyntaxError, Span
from amend.instructions import operations as ops
from amend.instructions.grammar import instruction_parser
from amend.text.quotes import Reading, readings, unclosed_opening, unpaired

_COMMA = re.compile(r",")
_COUNT = r"(?:\(?(?:\d{1,4}|[a-z]{1,5})\)|\d{1,4})"  # "(b)", "b)", "2"
_LIST_END = re.compile(rf"{_COUNT},?\s+and\s+{_COUNT}", re.IGNORECASE)  # "(c) and (e)"
_COUNT_BEFORE = re.compile(rf"{_COUNT}\s*(,)\s*$", re.IGNORECASE)  # "(b), " before it
_REACH = 24  # how far back a count and its comma are looked for
LONGEST_SKELETON = 100_000  # characters of an instruction outside its quotations
# characters of skeleton parsed, over all the readings of one instruction, before the rest
# are left untried: a real instruction's come to a few hundred (the corpus's and examples'
# most: 678, over 2 readings); 5,000 quotations in one sentence would take 120 parses of 90 KB
READING_BUDGET = 150_000
_MARKS = re.compile(r"[“”]")
_SINGLE_CLOSE = re.compile(r"[’'](?!\w)")  # not the apostrophe of “Council’s”
_SINGLE_OPEN = re.compile(r"‘|(?<!\w)'(?=\w)")
_PLACE = re.compile(r"⟦(\d+|block)⟧")
FRIENDLY = {"Q": "quoted words", "LABEL": "a paragraph label such as (b)", "NUMBER": "a number",
            "BLOCK": "new text after a colon", "ORDINAL": "an ordinal such as “second”",
            "LAST": "“last”", "NUMWORD": "a number word such as “two”",
            "AND_COUNT": "“and” and a label", "$END": "the end of the instruction"}

# Common slips, told apart by the parser state they fail in (lark's match_examples).
# The examples are skeletons: ⟦0⟧ stands for a quotation, ⟦block⟧ for new text.
SLIPS = {
    "a paragraph label is written with brackets, e.g. (f) or f)": [
        "the deletion of paragraph f", "the deletion of paragraph a",
        "Delete paragraph b and replace with ⟦block⟧",
        "the deletion of paragraphs d to f", "the deletion of paragraphs (d) to f"],
    "quoted words need quotation marks around them": [
        "the deletion of the words despite austerity", "Delete all after This Council",
        "Replace the word poor with ⟦0⟧", "delete the words austerity"],
    "new text must follow, in quotation marks or after a colon": [
        "Replace ⟦0⟧ with", "Delete all after ⟦0⟧ and replace with"],
    "“delete all” needs the text that replaces it": ["Delete all", "the deletion of everything"],
}


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    """Offsets where the text's lines start (the same text is asked about many times)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


@dataclass(frozen=True, slots=True)
class Located:
    """Where the instruction text starts in its file, to turn offsets into line and column."""

    source: str
    text: str
    offset: int

    def span(self, index: int) -> Span:
        absolute = self.offset + index
        line = bisect_right(_line_starts(self.text), absolute)
        column = absolute - (self.text.rfind("\n", 0, absolute) + 1) + 1
        return Span(self.source, line, column)

    def line_text(self, index: int) -> str:
        absolute = self.offset + index
        start = self.text.rfind("\n", 0, absolute) + 1
        end = self.text.find("\n", absolute)
        return self.text[start:end if end >= 0 else len(self.text)]

    def refusal(self, index: int, message: str, *, expected: tuple[str, ...] = (),
                hint: str = "") -> InstructionSyntaxError:
        """The error for the instruction text at ``index``: its place, and its line shown."""
        return InstructionSyntaxError(message, span=self.span(index),
                                      source_line=self.line_text(index), expected=expected,
                                      hint=hint)


@dataclass(slots=True)
class Skeleton:
    """A reading as the grammar sees it, with a map from skeleton offsets to part offsets."""

    text: str
    starts: list[tuple[int, int]]
    quotes: list[ops.Text]
    block: ops.Text | None
    openers: list[str]  # the mark each quotation opens with

    def reopened(self) -> list[ops.Text]:
        """The quotations whose words close before they open again (see ``_reopens``)."""
        return [quote for quote, opener in zip(self.quotes, self.openers, strict=True)
                if _reopens(quote.text, opener)]

    def source_offset(self, skeleton_index: int) -> int:
        best = 0
        for skel_start, src_start in self.starts:
            if skel_start <= skeleton_index:
                best = src_start + (skeleton_index - skel_start)
        return best


_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ('"', '"'))
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def unquote_block(text: str) -> str:
    """A block given entirely inside one pair of quotes loses them (and so do its paragraphs
    when each is quoted on its own)."""
    stripped = text.strip()
    for opener, closer in _QUOTE_PAIRS:
        if stripped.startswith(opener) and stripped.endswith(closer) and len(stripped) > 1:
            return each_paragraph_unquoted(stripped[1:-1].strip())
    if stripped.startswith("“") and "”" not in stripped:
        return stripped[1:].strip()
    return stripped


def each_paragraph_unquoted(text: str) -> str:
    """Quoted words of several paragraphs, each quoted on its own (“(d) …”, then “(e) …”), read
    from the first opening quote to the last close: the quotes between paragraphs go."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text))
    if not breaks:
        return text
    for opener, closer in _QUOTE_PAIRS:
        if all(text.endswith(closer, 0, b.start()) and text.startswith(opener, b.end())
               for b in breaks):
            out, last = [], 0
            for b in breaks:
                out.append(text[last:b.start() - len(closer)])
                out.append(text[b.start():b.end()])
                last = b.end() + len(opener)
            return "".join(out) + text[last:]
    return text


def without_commas(text: str) -> str:
    """The words with their commas blanked, but for those between the counts of a list that
    closes with "and" ("paragraphs (b), (c) and (e)", "paragraphs 2, 3, and 5"), which the
    grammar reads ("In paragraph (b), (ii), …" stays (ii) of (b)). Each list is found from its
    end back, so that a long run of counts with no "and" costs no more than its length."""
    kept = set()
    for end in _LIST_END.finditer(text):
        at = end.start()
        while item := _COUNT_BEFORE.search(text, max(0, at - _REACH), at):
            kept.add(item.start(1))
            at = item.start()
    return _COMMA.sub(lambda comma: "," if comma.start() in kept else " ", text) if kept \
        else text.replace(",", " ")


def skeleton_of(reading: Reading, part: str, where: Located) -> Skeleton:
    """Replace quotations with placeholders and unquoted new text with a block marker."""
    outside = sum(len(piece.text) for piece in reading.pieces if not piece.quoted)
    if outside > LONGEST_SKELETON:
        raise where.refusal(0, f"this instruction has {outside:,} characters outside its "
                            f"quotation marks; an instruction is read up to "
                            f"{LONGEST_SKELETON:,}", hint="put the new words in quotation "
                            "marks, or split the instruction into numbered parts")
    pieces, starts, quotes, openers = [], [], [], []
    length = 0
    for piece in reading.pieces:
        if piece.quoted:
            token = f" ⟦{len(quotes)}⟧ "
            quotes.append(ops.Text(each_paragraph_unquoted(piece.text.strip()),
                                   where.span(piece.start)))
            starts.append((length, piece.start - 1))
            openers.append(part[piece.start - 1:piece.start])
        else:
            token = without_commas(piece.text)
            starts.append((length, piece.start))
        pieces.append(token)
        length += len(token)
    block = None
    if reading.block_start is not None:
        body = part[reading.block_start:]
        if body.strip():
            pieces.append(" ⟦block⟧")
            lead = len(body) - len(body.lstrip())
            block = ops.Text(unquote_block(body), where.span(reading.block_start + lead),
                             body.strip())
    return Skeleton("".join(pieces), starts, quotes, block, openers)


def _expected(error) -> tuple[str, ...]:
    names = getattr(error, "expected", None) or getattr(error, "allowed", None) or ()
    parser = instruction_parser()
    out = set()
    for name in names:
        if name in FRIENDLY:
            out.add(FRIENDLY[name])
            continue
        try:
            pattern = parser.get_terminal(name).pattern
        except KeyError:
            continue
        if pattern.type == "str":
            out.add(f"“{pattern.value}”")
    return tuple(sorted(out))


def _slip(error) -> str | None:
    """The common slip whose examples fail where ``error`` does (same parser state, same
    acceptable tokens), if any.  Lark's ``match_examples`` does this, but lark 1.3 formats a
    debug message with "%d" on a parser state there and raises TypeError."""
    from lark.exceptions import UnexpectedInput

    parser = instruction_parser()
    for hint, examples in SLIPS.items():
        for example in examples:
            try:
                parser.parse(example)
            except UnexpectedInput as other:
                if other.state == error.state and \
                        getattr(other, "accepts", None) == getattr(error, "accepts", None):
                    return hint
    return None


@dataclass(slots=True)
class Attempts:
    """What the readings that failed said: the first semantic error, the farthest slip."""

    semantic: AmendError | None = None
    farthest: int = -1
    error: Exception | None = None

    last: int | None = None  # where the last reading failed, if at a word (not the end)

    def failed_at(self, at: int, error: Exception, at_word: bool) -> None:
        self.last = at if at_word else None
        if at > self.farthest:
            self.farthest, self.error = at, error

    def raise_for(self, part: str, where: Located) -> None:
        """Raise the error that says best why no reading parsed."""
        if self.semantic is not None:
            if self.semantic.span is None:
                self.semantic.span = where.span(0)
            raise self.semantic
        at = min(max(self.farthest, 0), len(part.rstrip()))
        found = _PLACE.sub("the quotation", part[at:].split("\n", 1)[0].strip()[:30])
        expected = _expected(self.error) if self.error else ()
        hint = (_slip(self.error) if self.error else None) or \
            ("expected " + ", ".join(expected[:8]) if expected else "")
        raise where.refusal(at, f"cannot read this instruction at “{found or 'the end'}”",
                            expected=expected, hint=hint)


def _parse(skeleton: Skeleton, part: str, attempts: Attempts):
    """The operations of one reading's skeleton, or None (and why, in ``attempts``)."""
    from lark.exceptions import LarkError, UnexpectedEOF, UnexpectedInput, VisitError

    from amend.instructions.transformer import build_operations

    try:
        tree = instruction_parser().parse(skeleton.text)
    except UnexpectedInput as error:
        at_end = isinstance(error, UnexpectedEOF) or \
            getattr(getattr(error, "token", None), "type", "") == "$END"
        attempts.failed_at(len(part.rstrip()) if at_end else
                           skeleton.source_offset(error.pos_in_stream or 0), error, not at_end)
        return None
    except LarkError:
        return None
    try:
        return build_operations(tree, skeleton.quotes, skeleton.block)
    except VisitError as error:
        if not isinstance(error.orig_exc, AmendError):
            raise
        attempts.semantic = attempts.semantic or error.orig_exc
    return None


def _skeletons(candidates: Iterable[Reading], part: str,
               where: Located) -> Iterator[tuple[Reading, Skeleton]]:
    """Each reading in turn with its skeleton, until READING_BUDGET characters of skeleton
    have been given (the likeliest readings come first)."""
    given = 0
    for reading in candidates:
        if given > READING_BUDGET:
            return
        skeleton = skeleton_of(reading, part, where)
        given += len(skeleton.text)
        yield reading, skeleton


def common_slip(part: str) -> str | None:
    """The common slip that explains why no reading of ``part`` parses, if one does."""
    attempts = Attempts()
    where = Located("part", part, 0)
    for _, skeleton in _skeletons(readings(part), part, where):
        if _parse(skeleton, part, attempts) is not None:
            return None
    return _slip(attempts.error) if attempts.error else None


def read_instruction(part: str, where: Located,
                     accept: Callable[[tuple[ops.Operation, ...]], bool] | None = None,
                     refute: Callable[[tuple[ops.Operation, ...]], None] | None = None,
                     ) -> tuple[tuple[ops.Operation, ...], ops.Text | None, int, int | None]:
    """Operations of one instruction sentence, its block of new text, where the sentence
    ends in ``part`` (the block's start), and where a quotation opens that the reading takes
    to the end for want of a close (or None), for the reading chosen as the module says.
    Where none is chosen, ``refute`` may raise the error of its own that a reading set aside
    for reading across quotation marks earns, before the error of the readings that failed."""
    chosen = set_aside = None
    attempts = Attempts()
    candidates = readings(part)
    for reading, skeleton in _skeletons(candidates, part, where):
        attempts.last = None
        operations = _parse(skeleton, part, attempts)
        if operations is None:
            if attempts.last is not None:
                candidates.prune(attempts.last)
            continue
        found = (operations, skeleton.block,
                 len(part) if reading.block_start is None else reading.block_start,
                 unclosed_opening(reading, part))
        # “x” for “y” and “z” read as one quotation is taken only where the motion holds
        # its words, so never as new words, nor with no motion to look in
        reopened = skeleton.reopened()
        if not reopened:
            if accept is None or accept(operations):
                return found
            chosen = chosen or found
        elif accept is not None and _looked_for_only(operations, reopened) and \
                accept(operations):
            return found
        else:
            set_aside = set_aside or operations
    if chosen or set_aside is not None:
        _refuse_unpaired(part, where)
    if chosen:
        return chosen
    if set_aside is not None and refute is not None:
        refute(set_aside)
    attempts.raise_for(part, where)


def _reopens(text: str, opener: str) -> bool:
    """Whether a quotation's words close before they open again, in the marks it opens with
    (“x” and “y” read as one: its words hold ``x” and “y``), as quotations nested in it (“the
    “x” and “y” schemes”) do not: in curly double marks, a close before its open; in straight
    double marks, any mark; in single marks, one that closes (not the apostrophe of
    “Council’s”) and then one that opens."""
    if opener == "“":
        depth = 0
        for mark in _MARKS.findall(text):
            depth += 1 if mark == "“" else -1
            if depth < 0:
                return True
        return False
    if opener == '"':
        return '"' in text
    close = _SINGLE_CLOSE.search(text)
    return close is not None and _SINGLE_OPEN.search(text, close.end()) is not None


def _looked_for_only(operations: tuple[ops.Operation, ...], quotes: list[ops.Text]) -> bool:
    """Whether each of ``quotes`` is words the operations look for in the motion (not new
    words, which nothing could show wrong before they were printed into the resolution)."""
    looked_for = {quote.text for op in operations for quote in ops.target_quotes(op)}
    return all(quote.text in looked_for for quote in quotes)


def _refuse_unpaired(part: str, where: Located) -> None:
    """No reading gives words the motion has: if a quotation is never closed, that is the
    likelier fault, and the error names it rather than words run on past its end."""
    opened = unpaired(part)
    if opened:
        raise where.refusal(
            opened[0], "the quotation opened here is never closed, and no reading of where it "
            "ends gives words the motion has",
            hint="close the quotation, or check that the amendment is complete")
