"""Where an amendment's parts start, and the refusal to lose one.

A numbered line starts a part only if it reads as an instruction: "1. Call in best
practice…" inside new text is content, "1. the deletion of paragraph (f)" is a part.  A
numbered line that would read as an instruction but for one word ("3. the deletoin, from
paragraph (c), …") is an error: read as new text or preamble, the part would be lost.  A
numbered line inside a quotation that closes is quoted text, never a part.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from amend.errors import InstructionSyntaxError
from amend.instructions.grammar import instruction_parser
from amend.instructions.operations import Operation, texts_of
from amend.instructions.sentence import Located, common_slip, skeleton_of
from amend.text.quotes import readings

NUMBERED = re.compile(r"^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)", re.MULTILINE)  # "1.", "1)"
# any other way of numbering or marking a line: "(1)", "a)", "(ii)", "Part 2:", "Amendment 1 -",
# "•", "1.x" (a "(1)" is as often a new paragraph's label as a part's number, so it numbers no part)
OTHER_NUMBERING = re.compile(
    r"^[ \t]*(?:\(?[a-z]{1,4}[.)]|\(?\d{1,3}[.):]|(?:part|amendment|item)\s+\d{1,3}\s*[:.)–-]?"
    r"|[•*–-])[ \t]*(?=\S)", re.MULTILINE | re.IGNORECASE)
LINE = re.compile(r"^[ \t]*(?=\S)", re.MULTILINE)
_QUOTE_MARK = re.compile("[“”]")
# the verbs of every instruction form in grammar/amendment.lark
INSTRUCTION_VERB = re.compile(r"\b(delet|insert|add|append|replac|substitut|leav|remov|strik"
                              r"|amend|includ|renumber|reletter)", re.IGNORECASE)
QUOTED_NUMBER = re.compile(r"^[ \t]*[“‘\"][ \t]*(\d{1,3})[.)][ \t]+(?=\S)", re.MULTILINE)
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_MAX_TYPO = 1
_TYPO_WORDS_AFTER = 2


@dataclass(slots=True)
class Walk:
    """How far the first reading of a line goes through the grammar, token by token."""

    taken: int  # tokens accepted, the virtual block token included
    error: Exception | None
    interactive: object
    offset: int  # where in the line the parser stopped, if it did
    virtual: bool = False  # whether a block token was added for new text on later lines

    def words(self) -> int:
        """How many of the line's own tokens the parser accepted."""
        return self.taken - (self.virtual and self.error is None)


def walk(line: str) -> Walk:
    """Feed the line's first reading to the parser until it ends or a token is refused."""
    from lark.exceptions import UnexpectedInput

    reading = next(readings(line))
    try:
        skeleton = skeleton_of(reading, line, Located("line", line, 0))
    except InstructionSyntaxError as error:  # too long to be read: refused where it is parsed
        return Walk(0, error, None, 0)
    text = skeleton.text
    virtual = reading.block_start is not None and "⟦block⟧" not in text
    if virtual:
        text += " ⟦block⟧"  # new text follows on the next lines
    interactive = instruction_parser().parse_interactive(text)
    taken = 0
    try:
        for _ in interactive.iter_parse():
            taken += 1
    except UnexpectedInput as error:  # kept without its frames, which would hold the parse
        return Walk(taken, error.with_traceback(None), interactive,
                    skeleton.source_offset(error.pos_in_stream or 0), virtual)
    return Walk(taken, None, interactive, len(line), virtual)


def reads_as_instruction(line: str) -> bool:
    """Whether a line reads as (the start of) an instruction: its skeleton parses to the end,
    or its first three words at least are instruction words ("1. that" is not; "1. Delete all
    after:" is)."""
    from lark.exceptions import UnexpectedInput

    found = walk(line)
    if found.error is not None or found.taken >= MIN_WORDS:
        return found.taken >= MIN_WORDS
    try:  # a short line counts only as a whole instruction ("Delete point 2")
        found.interactive.feed_eof()
    except UnexpectedInput:
        return False
    return True


def _keywords(error) -> set[str]:
    """The instruction words the grammar would have accepted where ``error`` stopped it."""
    parser = instruction_parser()
    names = getattr(error, "accepts", None) or getattr(error, "expected", None) or \
        getattr(error, "allowed", None) or ()
    words = set()
    for name in names:
        pattern = parser.get_terminal(name).pattern
        if pattern.type == "str" and pattern.value.isalpha():
            words.add(pattern.value)
    return words


@dataclass(frozen=True, slots=True)
class Misread:
    """A word that stops a line reading as an instruction, and the word it may stand for."""

    offset: int
    word: str
    suggestion: str | None


def misread(line: str) -> Misread | None:
    """The word (if one) that alone stops ``line`` reading as an instruction: a word one edit
    from an instruction word that fits there and is followed by instruction words
    ("deletoin"), else an unknown word where some instruction word makes the whole line
    read, three words or more after it ("obliteration")."""
    from rapidfuzz.distance import OSA

    found = walk(line)
    word = _WORD.match(line, found.offset) if found.error is not None else None
    if word is None or line[word.start() - 1:word.start()] in ("“", "‘", '"'):
        return None  # no word, or the first of a quotation: quoted words are never misread
    fits = sorted(_keywords(found.error))

    def after(keyword: str) -> Walk:
        return walk(line[:word.start()] + keyword + line[word.end():])

    def words_after(fixed: Walk) -> int:
        return fixed.words() - found.taken - 1

    near = sorted((OSA.distance(word.group().lower(), k), k) for k in fits)
    for distance, keyword in near:
        if distance <= _MAX_TYPO and words_after(after(keyword)) >= _TYPO_WORDS_AFTER:
            return Misread(word.start(), word.group(), keyword)
    if len(_WORD.findall(line, word.end())) < MIN_WORDS:  # too few words after it to read on
        return None
    for keyword in fits:
        fixed = after(keyword)
        if fixed.error is None and words_after(fixed) >= MIN_WORDS:
            return Misread(word.start(), word.group(), None)
    return None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the quotations that close stand (“ to its ”, quotations inside counted in); a
    quotation never closed is no span, so that the parts after it are still found."""
    spans, depth, start = [], 0, 0
    for mark in _QUOTE_MARK.finditer(text):
        if mark.group() == "“":
            depth, start = depth + 1, start if depth else mark.start()
        elif depth:
            depth -= 1
            if not depth:
                spans.append((start, mark.end()))
    return spans


def numbered_lines(text: str) -> list[re.Match]:
    """The numbered lines of a text that stand outside its closed quotations."""
    spans = quoted_spans(text)
    starts = [start for start, _ in spans]

    def quoted(at: int) -> bool:
        nearest = bisect_left(starts, at) - 1  # the last quotation opened before ``at``
        return nearest >= 0 and at < spans[nearest][1]
    return [m for m in NUMBERED.finditer(text) if not quoted(m.start())]


def instruction_lines(text: str) -> Iterator[re.Match]:
    """The lines of a text that read as (the start of) an instruction, in order."""
    return (m for m in LINE.finditer(text) if reads_as_instruction(rest_of_line(text, m.end())))


def part_starts(text: str) -> list[re.Match]:
    """The numbered lines that start parts: those that read as instructions."""
    return [m for m in numbered_lines(text) if reads_as_instruction(rest_of_line(text, m.end()))]


def rest_of_line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)]


def _continues(number: int, starts: list[re.Match], at: int) -> bool:
    """Whether a numbered line at ``at`` takes the place of the next part (or the first)."""
    before = [int(m.group(1)) for m in starts if m.start() < at]
    after = [int(m.group(1)) for m in starts if m.start() > at]
    if before:
        return number == before[-1] + 1
    return number == (after[0] - 1 if after else 1)


_KEEP = "a numbered line that reads as an instruction is a part, never new text"
_BLANK = re.compile(r"\n[ \t]*\n")


def _paragraph(body: str, start: int) -> str:
    """The text from ``start`` to the next blank line or numbered line."""
    ends = [m.start() for m in (_BLANK.search(body, start), NUMBERED.search(body, start))
            if m is not None]
    return body[start:min(ends, default=len(body))]


def _refusal(line: re.Match, body: str, starts: list[re.Match], located: Located):
    """The error for a numbered line that is a part but does not read as one, or None."""
    number, text = int(line.group(1)), _paragraph(body, line.end())
    start = _mark_start(line)
    quoted = " ".join(text.split())[:60]
    found = misread(text)
    if found is not None and found.suggestion is not None:
        return located.refusal(
            line.end() + found.offset,
            f"part {number} reads as no instruction: “{found.word}” is not an instruction "
            f"word; did you mean “{found.suggestion}”?", expected=(f"“{found.suggestion}”",),
            hint=_KEEP)
    if found is not None and _continues(number, starts, line.start()):
        return located.refusal(start, f"part {number} reads as no instruction: “{number}. "
                                      f"{quoted}”",
                               hint=f"“{found.word}” is not an instruction word; {_KEEP}")
    cut = walk(text)
    if cut.error is None and cut.words() >= 2:
        return located.refusal(start, f"part {number} stops before its instruction is "
                                      f"complete: “{number}. {quoted}”",
                               hint=common_slip(text) or _KEEP)
    return None


def _mark_start(line: re.Match) -> int:
    """Where a numbered or marked line's mark starts, after the line's indent."""
    return line.start() + len(line.group()) - len(line.group().lstrip())


def check_no_part_lost(body: str, starts: list[re.Match], source: str) -> None:
    """Refuse a numbered line that is a part but does not read as one (see the module's
    note): one word misspelt or unknown, or the instruction cut short ("1. Delete all")."""
    located = Located(source, body, 0)
    first = {m.start() for m in starts}
    for line in numbered_lines(body):
        error = None if line.start() in first else _refusal(line, body, starts, located)
        if error is not None:
            raise error


def taken_for_a_part(text: str) -> bool:
    """Whether a numbered line of ``text``, unquoted in an amendment, would be read as a part,
    or refused as one cut short or misspelt ("2) to add …")."""
    if part_starts(text):
        return True
    try:
        check_no_part_lost(text, [], "text")
    except InstructionSyntaxError:
        return True
    return False


def is_whole_instruction(line: str) -> bool:
    """Whether a line parses to its end as an instruction (a start alone is not enough)."""
    from lark.exceptions import UnexpectedInput

    found = walk(line)
    if found.error is not None:
        return False
    try:
        found.interactive.feed_eof()
    except UnexpectedInput:
        return False
    return True


def swallowed_instruction(text: str) -> str | None:
    """A paragraph after the first of a quotation or block of new text that is a whole
    instruction once any mark before it is set aside ("b) In paragraph (c), delete …"): a
    further part taken into the words of the one before it; else None."""
    for paragraph in re.split(r"\n[ \t]*\n", text)[1:]:
        if not INSTRUCTION_VERB.search(paragraph):  # no verb, no instruction: no parse needed
            continue
        mark = OTHER_NUMBERING.match(paragraph)  # "1." and "1)" among the marks
        words = paragraph[mark.end():] if mark else paragraph
        if words.strip() and is_whole_instruction(" ".join(words.split())):
            return paragraph.strip()
    return None


def marked_instructions(text: str, end: int) -> list[re.Match]:
    """The lines before ``end`` numbered or marked in a way parts are not ("(ii)", "Part 2:",
    "•") that read as instructions once the mark is set aside."""
    return [line for line in OTHER_NUMBERING.finditer(text, 0, end)
            if _verb_near(text, line.end())
            and reads_as_instruction(rest_of_line(text, line.end()))]


def _verb_near(text: str, start: int) -> bool:
    """Whether the line from ``start``, or the line after it (an instruction wrapped by hand),
    holds an instruction verb: without one it cannot be an instruction."""
    first = text.find("\n", start)
    second = text.find("\n", first + 1) if first >= 0 else -1
    return INSTRUCTION_VERB.search(text, start, second if second >= 0 else len(text)) is not None


def check_nothing_before(body: str, first: int, source: str) -> None:
    """Refuse a numbered or marked line before the first part (or the one instruction) that
    reads as an instruction once its mark is set aside ("(1) Delete …", "Part 1: Delete …",
    "• Delete …"): taken into the preamble, it would be lost without a word."""
    for line in marked_instructions(body, first):
        raise Located(source, body, 0).refusal(
            _mark_start(line), f"“{line.group().strip()}” numbers an instruction in a way that "
            "is not read as a part, and it would be lost",
            hint="number the parts 1., 2., … (or 1), 2), …), or give one instruction")


def check_no_quoted_part(body: str, preamble_end: int, source: str) -> None:
    """Refuse a numbered instruction behind a quotation mark before the first part (“1.
    Delete …” where the quotation around the amendment is never closed): it would be lost in
    the preamble."""
    for line in QUOTED_NUMBER.finditer(body, 0, preamble_end):
        if reads_as_instruction(rest_of_line(body, line.end())):
            raise Located(source, body, 0).refusal(
                _mark_start(line),
                f"part {line.group(1)} stands inside a quotation mark that is never closed",
                hint="an amendment quoted whole closes its quotation at its end")


def check_nothing_swallowed(operations: tuple[Operation, ...], chunk: str,
                             where: Located) -> None:
    """Refuse a reading whose quoted or new words hold a further whole instruction in a
    paragraph of their own: that part would be printed into the resolution as words."""
    for text in (t for op in operations for t in texts_of(op)):
        swallowed = swallowed_instruction(text.text)
        if swallowed is not None:
            raise where.refusal(
                max(chunk.find(swallowed[:40]), 0),
                f"“{' '.join(swallowed.split())[:60]}” reads as a further instruction, but it "
                "stands inside the words of the one before it",
                hint="number each part 1., 2., … on a line of its own, and close each "
                     "quotation")


def no_instruction_hint(body: str) -> str:
    """Why the line that came nearest to an instruction is not one, if any came near."""
    lines = [rest_of_line(body, m.end()) for m in LINE.finditer(body)][:30]
    walks = [walk(line) for line in lines]
    refused = next((found.error for found in walks
                    if isinstance(found.error, InstructionSyntaxError)), None)
    if refused is not None:  # a line too long to be read as an instruction
        return refused.message
    for line in lines:
        found = misread(line)
        if found is not None and found.suggestion is not None:
            return f"“{found.word}” is not an instruction word; did you mean “{found.suggestion}”?"
    taken, best = max(((found.taken, line) for found, line in zip(walks, lines, strict=True)),
                      key=lambda pair: pair[0], default=(0, ""))
    return (common_slip(best) if taken else None) or ""
