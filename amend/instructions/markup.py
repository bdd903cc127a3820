"""Marked-up amendments: the motion printed with deleted words struck through and added words
in bold or underlined (or as Word's tracked changes), read as the operations they show.

The document without its additions must be the motion (else ``MarkedTextMismatch`` says
where they part).  Words changed inside a paragraph become one part per paragraph, in
document order; paragraphs deleted or added follow, one part per place.  A change of shape no
paragraph operation can say (a paragraph moved to another list, the preamble rewritten) is
read as the whole motion amended to read as the document does.
"""

from __future__ import annotations

from pathlib import Path as FilePath

from amend.errors import InstructionSyntaxError, NoEffect, ReadError, Span, TargetNotFound
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.instructions.marked_lines import (
    MarkedLine,
    collapse,
    has_words,
    marked_lines,
    token_starts,
    tokens,
)
from amend.instructions.markup_paragraphs import (
    Inexpressible,
    Layout,
    Path,
    Unit,
    paragraph_ref,
    paragraph_units,
)
from amend.instructions.markup_words import word_operations
from amend.instructions.writer import write_part
from amend.motion.labels import BULLET
from amend.motion.tree import Motion, Paragraph, parse_motion
from amend.text.marks import Mark, MarkedDocument

SHOWN = 48  # characters of context in a mismatch message


class MarkedTextMismatch(TargetNotFound):
    """The marked-up document, read without its additions, is not the motion; ``agreed``
    counts the motion's paragraphs (and preamble) it gave before they parted."""

    def __init__(self, message: str, *, span: Span | None = None, hint: str = "",
                 agreed: int = 0) -> None:
        super().__init__(message, span=span, hint=hint)
        self.agreed = agreed


def _layout(lines: list[MarkedLine], old: bool, source: str) -> Layout | None:
    """The document read as a motion: without its additions (``old``) or its deletions."""
    body = (lambda line: line.old_body) if old else (lambda line: line.new_body)
    view = (lambda line: line.old) if old else (lambda line: line.new)
    chosen = [i for i, line in enumerate(lines) if has_words(body(line))]
    text = "\n\n".join(collapse(view(lines[i])) for i in chosen) + "\n"
    try:
        tree = parse_motion(text, source=source)
    except ReadError:
        return None
    path_of = {chosen[(para.span.line - 1) // 2]: path for path, para in tree.walk()}
    preamble = chosen[0] if tree.preamble and chosen[0] not in path_of else None
    return Layout(tree, {p: i for i, p in path_of.items()}, path_of, preamble)


def _label_key(para: Paragraph) -> tuple | None:
    if para.label is None:
        return None
    return (BULLET,) if para.label.kind == BULLET else (para.label.kind, para.label.index)


def _printed(para: Paragraph) -> str:
    return f"{para.label.text} {para.body}" if para.label else para.body


def _entries(motion: Motion) -> list[tuple[Path | None, tuple | None, str]]:
    """What must agree, in reading order: the preamble, then each paragraph's place, label
    and words."""
    out = [(None, None, motion.preamble)] if motion.preamble else []
    return out + [(path, _label_key(para), _printed(para)) for path, para in motion.walk()]


def _parting(found: str, wanted: str) -> int:
    """The token at which two texts part (the shorter one's length if one leads the other)."""
    a, b = tokens(found), tokens(wanted)
    return next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)))


def _from_token(text: str, k: int) -> str:
    starts = token_starts(text)
    rest = text[starts[k]:] if k < len(starts) else ""
    return rest if len(rest) <= SHOWN else rest[:SHOWN - 1] + "…"


def _mismatch(line: MarkedLine, wanted: str, message: str, agreed: int) -> MarkedTextMismatch:
    found = collapse(line.old)
    k = _parting(found, wanted)
    starts = token_starts(line.old)
    at = starts[k] if k < len(starts) else len(line.old)
    ours, theirs = _from_token(found, k), _from_token(wanted, k)
    if ours and theirs:
        detail = f": the document has “{ours}” where the motion has “{theirs}”"
    elif theirs:
        detail = f": the document stops where the motion goes on “{theirs}”"
    else:
        detail = f": the document goes on “{ours}” where the motion stops"
    return MarkedTextMismatch(f"{message}{detail}", span=line.place_in_old(at),
                              hint="the text outside the marks must be the motion as moved",
                              agreed=agreed)


def check_motion(lines: list[MarkedLine], layout: Layout | None, motion: Motion,
                 source: str) -> None:
    """Raise ``MarkedTextMismatch`` where the document without its additions parts from the
    motion (its place, the document's words and the motion's)."""
    wanted = _entries(motion)
    if layout is None:
        raise MarkedTextMismatch("the marked-up document has none of the motion's text",
                                 span=Span(source, 1, 1),
                                 hint=f"the motion begins “{wanted[0][2][:SHOWN]}”")
    found = _entries(layout.tree)
    line_of = dict(layout.line_of)
    for k, (mine, theirs) in enumerate(zip(found, wanted, strict=False)):
        if tokens(mine[2]) == tokens(theirs[2]) and mine[:2] == theirs[:2]:
            continue
        line = lines[layout.preamble_line if mine[0] is None else line_of[mine[0]]]
        if tokens(mine[2]) == tokens(theirs[2]) or mine[0] != theirs[0]:
            raise _mismatch(line, theirs[2], f"the marked-up text parts from the motion at its "
                                             f"paragraph {k + 1}", k)
        raise _mismatch(line, theirs[2], "the marked-up text parts from the motion", k)
    if len(found) < len(wanted):
        last = lines[max(layout.path_of)]
        raise MarkedTextMismatch(
            f"the marked-up text ends before the motion does: the motion goes on with "
            f"“{wanted[len(found)][2][:SHOWN]}”", span=last.place_in_old(len(last.old)),
            hint="the text outside the marks must be the motion as moved", agreed=len(found))
    if len(found) > len(wanted):
        extra = found[len(wanted)]
        line = lines[line_of[extra[0]]]
        raise _mismatch(line, "", "the marked-up text goes on past the end of the motion",
                        len(wanted))


def _unmarked(line: MarkedLine) -> bool:
    return all(mark is Mark.KEPT for mark in line.marks)


def trimmed(lines: list[MarkedLine], motion: Motion) -> tuple[list[MarkedLine], str]:
    """The lines that hold the motion, and any heading before them: unmarked lines before
    the motion's first paragraph (a title, "Amendment moved by …") and after its last (a
    signature) are no part of it, where that first or last paragraph is found as it is.
    Before a preamble nothing can be added, so a title there may be in bold."""
    wanted = _entries(motion)
    first, last = tokens(wanted[0][2]), tokens(wanted[-1][2])
    marked = [i for i, line in enumerate(lines) if not _unmarked(line)]
    starts = [i for i, line in enumerate(lines) if tokens(line.old) == first]
    ends = [i for i, line in enumerate(lines) if tokens(line.old) == last]
    leading = marked
    if motion.preamble:
        leading = [i for i in marked if Mark.DELETED in lines[i].marks]
    start = min(starts[:1] + leading[:1]) if starts else 0
    end = max(ends[-1:] + marked[-1:]) + 1 if ends else len(lines)
    heading = " ".join(collapse(line.new) for line in lines[:start])
    return lines[start:end], heading


def _scope(motion: Motion, path: Path) -> tuple[ops.Ref, Path]:
    """The paragraph's own reference, or its nearest ancestor's (whose sub-list holds it)."""
    for depth in range(len(path), 0, -1):
        ref = paragraph_ref(motion, path[:depth])
        if ref is not None:
            return ref, path[:depth]
    raise AssertionError("a top-level paragraph always has a place")  # pragma: no cover


def _word_parts(lines: list[MarkedLine], old: Layout, new: Layout,
                motion: Motion) -> list[tuple[int, tuple[ops.Operation, ...]]]:
    """One part per paragraph whose words change, its operations left to right."""
    state = {path: collapse(lines[i].old_body) for path, i in old.line_of.items()}
    parts = []
    for i in sorted(old.path_of.keys() & new.path_of.keys()):
        path = old.path_of[i]
        ref, holder = _scope(motion, path)
        inside = [p for p in state if p[:len(holder)] == holder]

        def bodies(current: str, inside=inside, path=path) -> list[str]:
            return [current if p == path else state[p] for p in inside]

        name = ref.describe() if holder == path else f"{ref.describe()} (in a sub-paragraph)"
        operations = word_operations(lines[i], ref, holder == path, bodies, name)
        state[path] = collapse(lines[i].new_body)
        if operations:
            parts.append((i, tuple(operations)))
    return parts


def _rewrite(lines: list[MarkedLine], new: Layout) -> list[Unit]:
    """The whole motion amended to read as the document does."""
    chosen = sorted(new.path_of) if new.preamble_line is None else \
        [new.preamble_line] + sorted(new.path_of)
    text = "\n\n".join(collapse(lines[i].new) for i in chosen)
    content = ops.Text(text, lines[chosen[0]].span)
    return [Unit(chosen[0], (ops.ReplaceAll(content),), content)]


def _parts(units: list[tuple[int, tuple[ops.Operation, ...], ops.Text | None]],
           lines: list[MarkedLine]) -> tuple[Part, ...]:
    numbered = len(units) > 1
    return tuple(Part(n if numbered else None, write_part(operations), operations, block,
                      lines[line].span)
                 for n, (line, operations, block) in enumerate(units, start=1))


def read_marked_up(document: MarkedDocument, motion: Motion) -> Amendment:
    """The amendment a marked-up document shows against ``motion``."""
    source = document.source
    if not document.has_marks():
        raise ReadError(f"{source}: no words are struck through, bold or underlined, and "
                        "there are no tracked changes", hint="expected a marked-up amendment")
    lines, heading = trimmed(marked_lines(document.blocks), motion)
    old = _layout(lines, True, source)
    check_motion(lines, old, motion, source)
    new = _layout(lines, False, source)
    if new is None:
        raise NoEffect(f"{source}: the marks delete the whole motion",
                       hint="an amendment must leave something to resolve")
    same_preamble = old.preamble_line == new.preamble_line and (
        old.preamble_line is None or
        tokens(lines[old.preamble_line].old) == tokens(lines[old.preamble_line].new))
    try:
        if not same_preamble:
            raise Inexpressible("the preamble changes")
        structure = paragraph_units(lines, old, new, motion)
        units = [(i, o, None) for i, o in _word_parts(lines, old, new, motion)]
        units += [(u.line, u.operations, u.content) for u in structure]
    except Inexpressible:
        units = [(u.line, u.operations, u.content) for u in _rewrite(lines, new)]
    if not units:
        raise NoEffect(f"{source}: the marks change nothing in the motion's words",
                       hint="struck or bold labels alone are relettering, which is automatic")
    return Amendment(heading, _parts(units, lines), source)


def read_marked_amendment(path: str | FilePath, motion: Motion) -> Amendment:
    """The amendment a marked-up Word file or HTML page shows against ``motion``."""
    from amend.text.documents import read_marked

    return read_marked_up(read_marked(path), motion)


def read_amendment_file(path: str | FilePath, motion: Motion) -> Amendment:
    """An amendment file of any kind (see ``read_amendment_data``)."""
    from amend.text.source import read_bytes

    return read_amendment_data(read_bytes(path), str(path), motion)


def read_amendment_data(data: bytes, name: str, motion: Motion) -> Amendment:
    """An amendment document's bytes: a Word file or HTML page with marks is read as marked
    up; otherwise (or when its text is plainly not the motion but reads as instructions) its
    text is read as instructions.  Of two failures, the one that got further is raised."""
    from amend.instructions.amendment import parse_amendment
    from amend.text.documents import Kind, document_text, kind_of, marked_document

    mismatch = None
    if kind_of(data, name) is not Kind.TEXT:
        document = marked_document(data, name)
        if document.has_marks():
            try:
                return read_marked_up(document, motion)
            except MarkedTextMismatch as error:
                mismatch = error
    try:
        return parse_amendment(document_text(data, name), source=name, motion=motion)
    except InstructionSyntaxError:
        if mismatch is not None and mismatch.agreed > 0:
            raise mismatch from None
        raise
