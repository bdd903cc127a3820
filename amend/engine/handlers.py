"""Applying one operation to the working tree: one handler per operation type, chosen by
``functools.singledispatch`` on the operation's class."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import singledispatch

from amend.engine.editing import Span, added_words, adopt, delete_paragraph, edit, edit_all
from amend.engine.finding import Query, find, sentence_of
from amend.engine.newtext import (
    continued_list,
    counted_twice,
    ending_list,
    list_model,
    named_index,
    new_nodes,
    select_carried,
    style_like,
)
from amend.engine.places import first_words, name
from amend.engine.seams import words_label
from amend.engine.state import Run
from amend.engine.tail import delete_after
from amend.engine.targets import Targets
from amend.errors import AmbiguousTarget, TargetNotFound, WarningKind
from amend.instructions import operations as ops
from amend.motion.labels import reads_as
from amend.motion.worktree import ChangeKind, Node
from amend.text.matching import find_words

_SENTENCE = re.compile(r"[A-Z“‘\"'].*[.!?][”’\"']?", re.DOTALL)  # a capital to a full stop
_STOPS = (".", ";", ":")  # closing marks new words may repeat at a paragraph's end
_CLOSERS = ".!?”’\"'"  # what closes a sentence
_ENDS = (".", "!", "?")  # the marks that end a sentence


@dataclass(frozen=True, slots=True)
class Step:
    """One operation with its targets (resolved against the motion as moved) and the labels
    of its new paragraphs that carried (empty: all)."""

    op: ops.Operation
    targets: Targets
    labels: tuple[str, ...] = ()
    readings: tuple[tuple[WarningKind, str], ...] = ()  # how its references were read


def words_query(step: Step, words: ops.Text, *, each: bool = False, line: int | None = None,
                anchor: ops.Text | None = None, side: ops.Position | None = None) -> Query:
    """A search for ``words`` within the step's scope (and sentence, if it names one)."""
    scope = getattr(step.op, "scope", None)
    sentence = scope if isinstance(scope, ops.SentenceRef) else None
    return Query(words, step.targets.scope, sentence, anchor, side, line, each)


@singledispatch
def perform(op, step: Step, run: Run) -> None:
    """Apply ``op`` to the working tree."""
    raise TypeError(f"not an operation: {op!r}")


@perform.register
def _(op: ops.DeleteParagraphs, step: Step, run: Run) -> None:
    first = step.targets.paragraphs[0]
    level, at = first.parent, first.index()
    model = list_model(level)  # how the list counted, even if its every paragraph goes
    run.touch(level)
    for node in step.targets.paragraphs:
        delete_paragraph(run, node)
    if op.content:
        _, nodes = new_nodes(op.content, run.source)
        run.bear(nodes)
        style_like(nodes, model)
        adopt(run, level, nodes, at)
        run.record(ChangeKind.ADD, f"added {len(nodes)} paragraph(s) in their place",
                   **added_words(nodes))


@perform.register
def _(op: ops.AddParagraphs, step: Step, run: Run) -> None:
    _, nodes = new_nodes(op.content, run.source)
    nodes = select_carried(nodes, step.labels, run.part)
    near = step.targets.paragraphs[0] if step.targets.paragraphs else None
    if near is None:  # the top level, or the one list below it the new labels continue
        if op.position is ops.Position.LABELS and op.labels:
            below = continued_list(op.labels[0], run.root)
        elif op.position is ops.Position.END and nodes:
            below = ending_list(nodes[0].label, run.root)
        else:
            below = None
        level = below or run.root
    else:  # "at the end of" a paragraph adds to its own sub-list
        level = near if op.position is ops.Position.END else near.parent
    wanted = None  # the place in the list the new paragraphs' labels name, if they name one
    if op.position is ops.Position.END:
        at = len(level.children)
    elif op.position is ops.Position.START:
        at = 0
    elif op.position.beside:
        at = near.index() + (op.position is ops.Position.AFTER)
    else:  # at the labels the new paragraphs bear, else at the label the instruction names
        named = named_index(op.labels[0], level) if op.labels else None
        wanted = nodes[0].label.index if nodes and nodes[0].label else named
        if wanted is not None and counted_twice(level):
            label = f"({op.labels[0]})" if op.labels else nodes[0].label.text
            raise AmbiguousTarget(f"the list the new paragraph {label} joins counts from the "
                                  "start more than once, so which place that label names is "
                                  "not certain", hint="say which paragraph it goes after")
        at = max(0, min((wanted or len(level.children) + 1) - 1, len(level.children)))
    unlettered = bool(level.children) and not any(c.label for c in level.children)
    past_the_end = wanted is not None and wanted > len(level.children) + 1
    if op.position is not ops.Position.LABELS:  # placed by place, not by the labels named
        run.bear(nodes)
    style_like(nodes, list_model(level))
    adopt(run, level, nodes, at)
    names = ", ".join(n.label.text for n in nodes if n.label) or f"{len(nodes)} paragraph(s)"
    run.record(ChangeKind.ADD, f"added {names}", **added_words(nodes))
    _warn_of_label_guesses(op, nodes, unlettered, names, run,
                           unmatched=op.position is ops.Position.LABELS and bool(op.labels)
                           and wanted is None)
    if op.position is ops.Position.END and nodes and nodes[0].label:
        _warn_of_a_list_left_behind(run, level, at, names)
    if past_the_end:
        label = f"({op.labels[0]})" if op.labels else names
        run.warn(WarningKind.NEW_LABEL_NOT_BORNE_OUT, f"the new {label} is lettered past the end "
                 f"of the list it joins, of {len(level.children) - len(nodes)} paragraphs: it was "
                 "added at the end and lettered on from the last")


def _warn_of_a_list_left_behind(run: Run, level: Node, at: int, names: str) -> None:
    """“Add at the end: “c) …”” where the list a) to b) is followed by a paragraph of no label
    (London's “it being noted that …”): the new c) goes at the very end, after that paragraph;
    say so, as the clerk may have put it at the end of the list instead."""
    before = level.children[at - 1] if at else None
    if before is not None and before.label is None and any(
            c.label for c in level.children[:at - 1]):
        run.warn(WarningKind.LABELS_UNMATCHED, f"the new {names} was added at the end, after "
                 f"“{first_words(before.body)}”, which has no label: the list it continues ends "
                 "before that paragraph, where the clerk may have put it")


def _warn_of_label_guesses(op: ops.AddParagraphs, nodes: list, unlettered: bool, names: str,
                           run: Run, *, unmatched: bool) -> None:
    """Say so where the new paragraphs' labels, or the old ones', are a guess; ``unmatched``:
    the label the instruction names places them in no list of the motion."""
    if op.unlabelled_part:
        run.warn(WarningKind.LABEL_INFERRED, f"the new part has no label in the amendment; it "
                 f"was added at the end as {names}: check the clerk's lettering")
    elif unlettered and any(n.label for n in nodes):
        run.warn(WarningKind.LABELS_UNMATCHED, f"the new {names} joins paragraphs that have no "
                 "labels: the clerk may letter the others to match")
    elif unlettered and op.labels:
        run.warn(WarningKind.LABELS_UNMATCHED, f"the new paragraph ({op.labels[0]}) joins "
                 "paragraphs that have no labels: it was added at the end, unlabelled")
    elif unmatched:
        added = "lettered as that list is" if any(n.label for n in nodes) else "unlabelled"
        run.warn(WarningKind.LABELS_UNMATCHED, f"no one list of the motion is counted so that "
                 f"a new paragraph ({op.labels[0]}) joins it: it was added at the end of the "
                 f"motion, {added}")


@perform.register
def _(op: ops.DeleteWords, step: Step, run: Run) -> None:
    query = words_query(step, op.words, each=op.each, line=op.line, anchor=op.anchor,
                        side=op.side)
    _edit_found(run, [(found.node, _with_stop_before(found.node, found.start, found.end),
                       found.end, "") for found in find(run, query)])


def _edit_found(run: Run, places: list[tuple[Node, int, int, str]]) -> None:
    """Each paragraph's places edited at once, the changes recorded last place first."""
    by_node: dict[Node, list[Span]] = {}
    for node, start, end, new in reversed(places):
        by_node.setdefault(node, []).append((start, end, new))
    for node, spans in by_node.items():
        edit_all(run, node, spans)


def _with_stop_before(node: Node, start: int, end: int) -> int:
    """Where a deletion starts: at ``start``, or, when it takes a paragraph's last sentence
    (from a capital to the punctuation that closes the paragraph: "the report. It welcomes
    it;"), at the full stop before it, which would otherwise stand against that punctuation."""
    if end != node.words_end or end == len(node.body) \
            or not node.body[start:end].lstrip()[:1].isupper():
        return start
    before = node.body[:start].rstrip()
    return len(before) - 1 if before.endswith(".") else start


@perform.register
def _(op: ops.SubstituteWords, step: Step, run: Run) -> None:
    new = " ".join(op.new.text.split())
    query = words_query(step, op.old, each=op.each, line=op.line, anchor=op.anchor,
                        side=op.side)
    _edit_found(run, [(found.node, found.start, found.end, new) for found in find(run, query)])


@perform.register
def _(op: ops.DeleteBetween, step: Step, run: Run) -> None:
    start = find(run, words_query(step, op.after))[0]
    body = start.node.body
    ends = [hit for hit in find_words(body, op.until.text) if hit.start >= start.end]
    if not ends:
        raise TargetNotFound(f"the words {op.until} do not follow the words {op.after} in "
                             f"{name(start.node)}", span=op.until.span)
    new = " ".join(op.content.text.split()) if op.content else ""
    cut = (start.start, ends[0].end) if op.inclusive else (start.end, ends[0].start)
    edit(run, start.node, *cut, f" {new} " if new else " ")


@perform.register
def _(op: ops.InsertWords, step: Step, run: Run) -> None:
    words = " ".join(op.words.text.split())
    if op.anchor is not None:
        found = find(run, words_query(step, op.anchor))[0]
        at = found.end if op.position is ops.Position.AFTER else found.start
        edit(run, found.node, at, at, f" {words} ")
        return
    node = step.targets.paragraphs[0]
    if isinstance(op.scope, ops.SentenceRef):
        start, end = sentence_of(run, node, op.scope)
        last = end >= len(node.body.rstrip())  # the paragraph's last sentence
        sentence = _SENTENCE.fullmatch(words)
        leading = op.position in (ops.Position.BEFORE, ops.Position.START)
        if op.position is ops.Position.END and not sentence:  # "at the end of the 2nd sentence"
            _before_closing(run, node, None if last else (start, end), words)
            return
        if op.position is ops.Position.END:
            run.warn(WarningKind.READ_AS_SENTENCE, f"the words added at the end of "
                     f"{op.scope.describe()} begin with a capital and end with a full stop, so "
                     "they were added as a sentence of their own, after it; check they do not "
                     "run on from it")
        if not leading and not sentence:
            _run_on(run, node, None if last else (start, end), words, op.scope)
            return
        if not leading and last:
            _last_sentence(run, node, words)
            if op.scope.within is None and (node.label or not node.parent.is_root):
                run.warn(WarningKind.READ_AS_SENTENCE, f"the new sentence was added to "
                         f"{name(node)}, the motion's last paragraph: check it was not meant "
                         "as a paragraph of its own")
            return
        at = start if leading else end
        edit(run, node, at, at, f" {words} ")
    elif op.position is ops.Position.START:
        edit(run, node, 0, 0, f"{words} ")
    elif (label := _continued_sub_list(node, words)) is not None:
        add = ops.AddParagraphs(op.words, position=ops.Position.END, near=op.scope)
        perform(add, Step(add, step.targets, step.labels), run)
        run.warn(WarningKind.READ_AS_SUB_PARAGRAPH, f"the words added at the end of "
                 f"{name(node)} open with “{label}”, which continues its sub-list: they were "
                 f"added as its sub-paragraph {label}, not run on from its words")
    elif _SENTENCE.fullmatch(words):  # "At the end of (c), add “It reports in May.”"
        _last_sentence(run, node, words)
        run.warn(WarningKind.READ_AS_SENTENCE, f"the words added at the end of {name(node)} "
                 "begin with a capital and end with a full stop, so they were added as a "
                 "sentence of their own, after its last; check they do not run on from it")
    else:  # words that run on from the paragraph's last, before its closing punctuation
        _at_words_end(run, node, words)


@perform.register
def _(op: ops.DeleteSentence, step: Step, run: Run) -> None:
    """A sentence deleted with the space after it, or, the paragraph's last, with the full
    stop before it where the paragraph's own closing punctuation takes its place; new words
    in its place keep its closing mark where they have none of their own (the paragraph's,
    for its last sentence)."""
    node = step.targets.paragraphs[0]
    body, words_end = node.body, node.words_end
    start, end = sentence_of(run, node, op.target)
    last = end >= words_end
    new = " ".join(op.content.text.split()) if op.content else ""
    if last:
        end = words_end
        new = new.removesuffix(".") if node.ending else new
        start = start if new else _with_stop_before(node, start, end)
    elif new:
        stop = body[:end].rstrip()[-1:]
        new += "" if new.endswith(_ENDS) or stop not in _ENDS else stop
        end = len(body[:end].rstrip())
    else:
        end += len(body[end:]) - len(body[end:].lstrip())
    edit(run, node, start, end, new)


def _continued_sub_list(node: Node, words: str) -> str | None:
    """The bracketed label new words open with, where it is the next of ``node``'s sub-list
    (“iii) …” at the end of c), whose sub-list ends at ii)); None otherwise."""
    label = words_label(words)
    last = node.children[-1].label if node.children else None
    if label is None or last is None:
        return None
    return label if reads_as(label.strip("()"), last.kind, last.index + 1) else None


def _at_words_end(run: Run, node: Node, words: str) -> None:
    """Words run on from a paragraph's last, before its closing punctuation (not repeating
    it)."""
    text_end = node.words_end
    closing = node.body[text_end:].strip()[-1:]
    edit(run, node, text_end, text_end,
         f" {words.removesuffix(closing) if closing in _STOPS else words}")


def _run_on(run: Run, node: Node, sentence: tuple[int, int] | None, words: str,
            ref: ops.SentenceRef) -> None:
    """Words added "after" a sentence that are no sentence of their own (“and thanks staff”,
    “, with regret,”): run on from its words, before the mark that closes it, and said so."""
    _before_closing(run, node, sentence, words)
    run.warn(WarningKind.RUN_ON, f"the words added after {ref.describe()} do not read as a "
             "sentence (a capital to a full stop), so they were run on from it, before its "
             "closing mark; check where they go")


def _before_closing(run: Run, node: Node, sentence: tuple[int, int] | None,
                    words: str) -> None:
    """Words run on from a sentence's words, before the mark that closes it (the
    paragraph's, for its last sentence: ``sentence`` None)."""
    if sentence is None:
        _at_words_end(run, node, words)
    else:
        start, end = sentence
        at = len(node.body[start:end].rstrip().rstrip(_CLOSERS)) + start
        edit(run, node, at, at, f" {words.rstrip(',;:')}")


def _last_sentence(run: Run, node: Node, words: str) -> None:
    """A new last sentence: after a paragraph's full stop; else the sentence before it gets
    one, and list punctuation the paragraph closes with ("; and") stays at the end, in place
    of the new sentence's own full stop (said in a change of its own)."""
    ending = node.ending
    if ending == ".":
        edit(run, node, len(node.body), len(node.body), f" {words}")
        return
    at = node.words_end
    before = node.body[:at].rstrip()
    stop = "" if before.endswith((".", "?", "!")) else "."
    edit(run, node, len(before), at, f"{stop} {words.removesuffix('.') if ending else words}")
    if ending:
        run.record(ChangeKind.PUNCTUATION, f"{name(node)}: the new sentence closes with the "
                   f"paragraph's “{ending.strip()}”, not a full stop")


@perform.register
def _(op: ops.DeleteAfter, step: Step, run: Run) -> None:
    delete_after(run, op, step.targets.scope)


@perform.register
def _(op: ops.ReplaceAll, step: Step, run: Run) -> None:
    preamble, nodes = new_nodes(op.content, run.source)
    run.removed.extend(run.root.cut(0, len(run.root.children)))
    run.root.adopt(nodes, 0)  # the new text as printed: no relettering, no repunctuation
    for node in nodes:
        run.book.changed(node)
        run.added.update((node, *node.walk()))
    if preamble or run.root.body:  # the whole text is replaced, its opening words too
        run.before_edit(run.root)
        run.root.body = preamble
        run.book.changed(run.root)
    run.record(ChangeKind.REPLACE, f"replaced the whole motion with {len(nodes)} paragraph(s)",
               **added_words(nodes))


@perform.register
def _(op: ops.Reletter, step: Step, run: Run) -> None:
    run.promised.append((step.targets.paragraphs[0], op.new, run.part))

