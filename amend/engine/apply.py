"""Applying amendments: resolve references against the motion as it stood, apply each
carried part's operations in order, then reletter and repunctuate the lists that changed.
Every change is recorded with its amendment, part and source span."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amend.engine.carried import Carried
from amend.errors import AmbiguousTarget, CarriedSpecError, NoEffect, Span, TargetNotFound
from amend.instructions import operations as ops
from amend.instructions.amendment import Amendment, Part
from amend.motion.labels import BULLET, label_key
from amend.motion.punctuation import reletter, repunctuate, snapshot
from amend.motion.tree import Motion, parse_motion
from amend.motion.worktree import Node, freeze, from_paragraphs, thaw
from amend.text.matching import CASELESS, closest_words, occurrences, sentence_spans
from amend.text.numbers import ordinal_word

_TIDY = ((re.compile(r"\s+([,;:.)])"), r"\1"), (re.compile(r"([,;:])(\s*[,;:])+"), r"\1"),
         (re.compile(r"\(\s+"), "("), (re.compile(r"^\s*[,;]\s*"), ""),
         (re.compile(r"\s{2,}"), " "))


@dataclass(frozen=True, slots=True)
class Change:
    """One thing the engine did, and which amendment and part made it do so."""

    kind: str
    description: str
    amendment: int
    part: int | None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Result:
    """The motion as amended, the motion as moved, and every change made; ``stages`` holds
    the motion after each amendment in turn (the last is ``motion``)."""

    motion: Motion
    original: Motion
    changes: tuple[Change, ...]
    warnings: tuple[str, ...] = ()
    stages: tuple[Motion, ...] = ()


class _Run:
    """State while one amendment is applied."""

    def __init__(self, root: Node, number: int, changes: list, warnings: list) -> None:
        self.root, self.number, self.changes, self.warnings = root, number, changes, warnings
        self.part: Part | None = None
        self.levels: dict[int, tuple[Node, tuple, Part | None]] = {}
        # every list as it stood before the amendment: the convention to restore
        self.before = {id(node): snapshot(node) for node in [root, *root.walk()]}
        self.promised: list[tuple[Node, str, Part | None]] = []

    # ---- recording
    def record(self, kind: str, description: str, span: Span | None = None) -> None:
        part = self.part.number if self.part else None
        self.changes.append(Change(kind, description, self.number, part,
                                   span or (self.part.span if self.part else None)))

    def touch(self, level: Node) -> None:
        """Note that a list is about to change shape (remembering how it looked)."""
        before = self.before.get(id(level)) or snapshot(level)
        self.levels.setdefault(id(level), (level, before, self.part))

    # ---- references
    def paragraphs_named(self, ref: ops.Ref) -> list[Node]:
        top = self.root.children
        if isinstance(ref, ops.OrdinalRef):
            n = len(top) if ref.n == -1 else ref.n
            if not 0 < n <= len(top):
                raise TargetNotFound(f"the motion has no {ordinal_word(ref.n)} paragraph",
                                     hint=self.inventory())
            return [top[n - 1]]
        if isinstance(ref, ops.FirstRef):
            if ref.count > len(top):
                raise TargetNotFound(f"the motion has fewer than {ref.count} paragraphs",
                                     hint=self.inventory())
            return top[:ref.count]
        if isinstance(ref, ops.RangeRef):
            first = self.labelled(ref.first)
            last = self.labelled(ref.last)
            if first.parent is not last.parent or last.index() < first.index():
                raise TargetNotFound(f"({ref.first}) to ({ref.last}) is not a run of paragraphs",
                                     hint=self.inventory())
            return first.parent.children[first.index():last.index() + 1]
        if isinstance(ref, ops.SentenceRef):
            return self.paragraphs_named(ref.within) if ref.within else list(self.root.walk())
        return [self.labelled(ref.count)]

    def labelled(self, count: str) -> Node:
        key = label_key(count)
        found = [n for n in self.root.walk() if n.label and n.label.kind != BULLET
                 and n.label.count.lower() == key]
        top = [n for n in found if n.parent is self.root]
        if len(top) == 1 or len(found) == 1:
            return (top or found)[0]
        if key.isdigit() and not found and 0 < int(key) <= len(self.root.children):
            return self.root.children[int(key) - 1]
        if not found:
            raise TargetNotFound(f"the motion has no paragraph ({count})", hint=self.inventory())
        raise AmbiguousTarget(f"more than one paragraph is labelled ({count})",
                              hint="name the paragraph it sits under")

    def inventory(self) -> str:
        labels = [n.label.text for n in self.root.children if n.label]
        if labels:
            return f"the motion has paragraphs {labels[0]}–{labels[-1]}"
        return f"the motion has {len(self.root.children)} unlabelled paragraphs"

    # ---- words
    def scope_nodes(self, scope: ops.Ref | None) -> list[Node]:
        if scope is None:
            return list(self.root.walk())
        nodes = []
        for node in self.paragraphs_named(scope):
            nodes.append(node)
            if not isinstance(scope, ops.SentenceRef):
                nodes.extend(node.walk())
        return nodes

    def find(self, words: ops.Text, scope: ops.Ref | None, each: bool = False,
             anchor: ops.Text | None = None, side: str = "") -> list[tuple[Node, int, int]]:
        """Where quoted words are: unique unless ``each``, else an error naming the places."""
        hits = []
        for node in self.scope_nodes(scope):
            spans, tier = occurrences(node.body, words.text)
            if isinstance(scope, ops.SentenceRef):
                s = self.sentence(node, scope)
                spans = [(a, b) for a, b in spans if s[0] <= a and b <= s[1]]
            if anchor is not None:
                anchors, _ = occurrences(node.body, anchor.text)
                spans = [(a, b) for a, b in spans if any(
                    (side == "after" and not node.body[ae:a].strip(" ,;:")) or
                    (side == "before" and not node.body[b:as_].strip(" ,;:"))
                    for as_, ae in anchors)]
            if side == "start":
                spans = [(a, b) for a, b in spans if not node.body[:a].strip()]
            if spans and tier == CASELESS:
                self.warnings.append(f"{words} matched only when capitals are ignored")
            hits.extend((node, a, b) for a, b in spans)
        if not hits:
            place = f" in {scope.describe()}" if scope else ""
            near = closest_words(words.text, [n.body for n in self.scope_nodes(scope)])
            raise TargetNotFound(f"the words {words} are not in the motion{place}",
                                 span=words.span,
                                 hint=f"closest: “{near}”" if near else self.inventory())
        if len(hits) > 1 and not each:
            places = ", ".join(self.name(node) for node, _, _ in hits[:4])
            raise AmbiguousTarget(f"the words {words} occur {len(hits)} times ({places})",
                                  span=words.span, hint="say which paragraph, or “in each place”")
        return hits

    def sentence(self, node: Node, ref: ops.SentenceRef) -> tuple[int, int]:
        spans = sentence_spans(node.body)
        n = len(spans) if ref.n == -1 else ref.n
        if not 0 < n <= len(spans):
            raise TargetNotFound(f"{self.name(node)} has no {ordinal_word(ref.n)} sentence",
                                 hint=f"it has {len(spans)}")
        return spans[n - 1]

    def name(self, node: Node) -> str:
        if node.label:
            return f"paragraph {node.label.text}"
        return f"paragraph {node.index() + 1}"

    def edit(self, node: Node, start: int, end: int, new: str, kind: str) -> None:
        old = node.body
        raw = old[:start] + new + old[end:]
        tidy = raw
        for pattern, repl in _TIDY:
            tidy = pattern.sub(repl, tidy)
        tidy = tidy.strip()
        if tidy == old:
            raise NoEffect(f"this changes nothing in {self.name(node)}")
        node.body = tidy
        gone = old[start:end].strip()
        what = f"“{gone}” becomes “{new.strip()}”" if gone and new.strip() else \
            f"deleted “{gone}”" if gone else f"inserted “{new.strip()}”"
        self.record(kind, f"{self.name(node)}: {what}")
        if " ".join(raw.split()) != tidy:
            self.record("tidy", f"{self.name(node)}: spaces and punctuation tidied")


def new_nodes(content: ops.Text, source: str) -> tuple[str, list[Node]]:
    """Parse new text into working nodes (and any preamble it carries)."""
    motion = parse_motion(content.text, source=source)
    holder = Node(None, "")
    return motion.preamble, from_paragraphs(motion.paragraphs, holder)


def _style_like(nodes: list[Node], level: Node) -> None:
    """Give labelled new paragraphs the label style of the list they join."""
    model = next((c.label for c in level.children if c.label and c.label.kind != BULLET), None)
    for node in nodes:
        if model and node.label is not None and node.label.kind != BULLET:
            node.label = model.with_index(node.label.index)
        elif model and node.label is None:
            node.label = model


def _select(nodes: list[Node], labels: tuple[str, ...], part: Part) -> list[Node]:
    if not labels:
        return nodes
    chosen = [n for n in nodes if n.label and n.label.count.lower() in labels]
    missing = set(labels) - {n.label.count.lower() for n in chosen}
    if missing:
        have = ", ".join(n.label.text for n in nodes if n.label)
        raise CarriedSpecError(
            f"part {part.number} has no new paragraph ({sorted(missing)[0]})",
            hint=f"its new paragraphs are {have}" if have else "it adds no labelled paragraphs")
    return chosen


def apply_operation(run: _Run, op: ops.Operation, targets: list[Node] | None,
                    labels: tuple[str, ...], preamble: list[str]) -> None:
    """Apply one operation to the working tree."""
    source = run.part.span.source if run.part and run.part.span else "amendment"
    if isinstance(op, ops.DeleteParagraphs):
        level = targets[0].parent
        run.touch(level)
        at = targets[0].index()
        for node in targets:
            run.touch(node.parent)
            run.record("delete", f"deleted {run.name(node)}")
            node.remove()
        if op.content:
            _, nodes = new_nodes(op.content, source)
            _style_like(nodes, level)
            level.adopt(nodes, at)
            run.record("add", f"added {len(nodes)} paragraph(s) in their place")
    elif isinstance(op, ops.AddParagraphs):
        _, nodes = new_nodes(op.content, source)
        nodes = _select(nodes, labels, run.part)
        if op.near is None:
            level = run.root
        elif op.position == "end":  # at the end of the named paragraph's own sub-list
            level = targets[0]
        else:
            level = targets[0].parent
        run.touch(level)
        if op.position == "end":
            at = len(level.children)
        elif op.position == "start":
            at = 0
        elif op.position in ("after", "before"):
            at = targets[0].index() + (op.position == "after")
        else:
            first = nodes[0].label.index if nodes and nodes[0].label else len(level.children) + 1
            at = max(0, min(first - 1, len(level.children)))
        _style_like(nodes, level)
        level.adopt(nodes, at)
        names = ", ".join(n.label.text for n in nodes if n.label) or f"{len(nodes)} paragraph(s)"
        run.record("add", f"added {names}")
    elif isinstance(op, ops.DeleteWords):
        for node, a, b in reversed(run.find(op.words, op.scope, op.each, op.anchor, op.side)):
            run.edit(node, a, b, "", "words")
    elif isinstance(op, ops.SubstituteWords):
        new = " ".join(op.new.text.split())
        for node, a, b in reversed(run.find(op.old, op.scope, op.each, op.anchor, op.side)):
            run.edit(node, a, b, new, "words")
    elif isinstance(op, ops.InsertWords):
        _insert(run, op)
    elif isinstance(op, ops.DeleteAfter):
        _delete_after(run, op, source)
    elif isinstance(op, ops.ReplaceAll):
        new_preamble, nodes = new_nodes(op.content, source)
        run.root.children = []
        run.root.adopt(nodes, 0)
        if new_preamble:
            preamble[0] = new_preamble
        run.record("replace", f"replaced the whole motion with {len(nodes)} paragraph(s)")
    elif isinstance(op, ops.Reletter):
        node = targets[0]
        run.promised.append((node, op.new, run.part))


def _insert(run: _Run, op: ops.InsertWords) -> None:
    words = " ".join(op.words.text.split())
    if op.anchor is not None:
        node, a, b = run.find(op.anchor, op.scope)[0]
        if op.position == "after":
            run.edit(node, b, b, f" {words} ", "words")
        else:
            run.edit(node, a, a, f" {words} ", "words")
        return
    for node in run.paragraphs_named(op.scope)[:1]:
        if isinstance(op.scope, ops.SentenceRef):
            start, end = run.sentence(node, op.scope)
            at = end if op.position == "after" else start
            run.edit(node, at, at, f" {words} ", "words")
        elif op.position == "start":
            run.edit(node, 0, 0, f"{words} ", "words")
        else:
            text_end = len(node.body) - len(node.ending)
            run.edit(node, text_end, text_end, f" {words}", "words")


def _delete_after(run: _Run, op: ops.DeleteAfter, source: str) -> None:
    node, cut = _locate_anchor(run, op)
    for child in list(node.children):
        run.touch(node)
        child.remove()
    ancestor = node
    while ancestor.parent is not None:  # everything later: later siblings at every level up
        level = ancestor.parent
        later = level.children[ancestor.index() + 1:]
        if later:
            run.touch(level)
        for other in later:
            other.remove()
        ancestor = level
    kept = node.body[:cut].rstrip()
    mid_paragraph = bool(node.body[cut:].strip())
    node.body = kept
    run.record("tail", f"deleted everything after “…{kept[-40:]}”")
    if op.content is None:
        return
    _, nodes = new_nodes(op.content, source)
    if mid_paragraph and nodes and nodes[0].label is None:
        first = nodes.pop(0)
        node.body = f"{node.body} {first.body}".strip()
        run.record("words", f"{run.name(node)}: inserted “{first.body}”")
    if not nodes:
        return
    top = node
    while top.parent is not run.root and top.parent is not None:
        top = top.parent
    run.root.adopt(nodes, top.index() + 1)
    run.record("add", f"added {len(nodes)} replacement paragraph(s)")


def _prefix_end(body: str, passage: str) -> int | None:
    """Where ``passage`` ends if ``body`` starts with it (in any matching tier), else None."""
    spans = occurrences(body, passage)[0]
    return spans[0][1] if spans and spans[0][0] == 0 else None


def _locate_anchor(run: _Run, op: ops.DeleteAfter) -> tuple[Node, int]:
    """The paragraph and offset where the anchor ends (or starts, if ``inclusive``)."""
    pieces = op.anchor.passages()
    if len(pieces) <= 1:
        node, a, b = run.find(op.anchor, op.scope)[0]
        return node, a if op.inclusive else b
    order = list(run.root.walk())
    first = ops.Text(pieces[0], op.anchor.span)
    for node, _, b in run.find(first, op.scope, each=True):
        i = order.index(node)
        following = order[i + 1:i + len(pieces)]
        if b < len(node.body.rstrip()) or len(following) != len(pieces) - 1:
            continue
        ends = [_prefix_end(n.body, p) for n, p in zip(following, pieces[1:], strict=True)]
        if all(end is not None for end in ends):
            return following[-1], 0 if op.inclusive else ends[-1]
    raise TargetNotFound(f"the words {op.anchor} are not in the motion as one passage",
                         span=op.anchor.span, hint=run.inventory())


def _targets(run: _Run, op: ops.Operation) -> list[Node] | None:
    if isinstance(op, ops.DeleteParagraphs | ops.Reletter):
        return run.paragraphs_named(op.target)
    if isinstance(op, ops.AddParagraphs) and op.near is not None:
        return run.paragraphs_named(op.near)
    return None


def apply_amendment(root: Node, amendment: Amendment, number: int, carried: Carried | None,
                    changes: list, warnings: list, preamble: list[str]) -> None:
    """Apply one amendment's carried parts to the working tree."""
    run = _Run(root, number, changes, warnings)
    if carried is not None:
        # a lone unnumbered instruction is part 1
        known = {1 if p.number is None else p.number for p in amendment.parts}
        for part_number, _ in carried.parts:
            if part_number not in known:
                raise CarriedSpecError(f"the amendment has no part {part_number}",
                                       hint=f"its parts are {sorted(known)}")
    plan = []
    for part in amendment.parts:
        if carried is not None and not carried.includes(part.number):
            continue
        run.part = part
        labels = carried.labels(part.number) if carried else ()
        plan.append((part, [(op, _targets(run, op)) for op in part.operations], labels))
    for part, steps, labels in plan:
        run.part = part
        for op, targets in steps:
            if targets is not None and any(t.parent is None for t in targets):
                raise TargetNotFound(f"{op.describe()}: that paragraph was already deleted",
                                     span=part.span)
            apply_operation(run, op, targets, labels, preamble)
    for level, (endings, first), part in run.levels.values():
        run.part = part  # repairs are credited to the part that first changed the list
        reletter(level, first, run.record)
        repunctuate(level, endings, run.record)
    for node, new, part in run.promised:
        run.part = part
        now = node.label.count if node.label else "no label"
        if node.parent is None or now.lower() != new:
            where = f"part {part.number}" if part and part.number is not None else "instruction"
            run.warnings.append(f"amendment {number}, {where}: the paragraph to be "
                                f"relettered ({new}) is ({now}) after the amendment")
        else:
            run.record("reletter", f"{run.name(node)} relettered as the amendment says")
    run.part = None


def apply(motion: Motion, amendments: list[Amendment] | tuple[Amendment, ...],
          carried: list[Carried | None] | None = None) -> Result:
    """The motion as amended: each amendment in order, each with its carried parts."""
    root = thaw(motion)
    changes: list[Change] = []
    warnings: list[str] = []
    preamble = [motion.preamble]
    specs = list(carried or [])
    stages = []
    for number, amendment in enumerate(amendments, start=1):
        spec = specs[number - 1] if number <= len(specs) else None
        apply_amendment(root, amendment, number, spec, changes, warnings, preamble)
        stages.append(freeze(root, preamble[0]))
    return Result(freeze(root, preamble[0]), motion, tuple(changes), tuple(warnings),
                  tuple(stages))


def targets_in(motion: Motion, op: ops.Operation) -> list[str]:
    """What an operation targets in the motion as it stands, in words (for ``explain``)."""
    run = _Run(thaw(motion), 0, [], [])
    nodes = _targets(run, op)
    if nodes:
        return [f"{run.name(n)}: “{n.body[:70]}{'…' if len(n.body) > 70 else ''}”" for n in nodes]
    quotes = ops.target_quotes(op)
    if not quotes:
        return []
    if isinstance(op, ops.DeleteAfter):
        node, cut = _locate_anchor(run, op)
        return [f"{run.name(node)}, everything after “…{node.body[max(0, cut - 40):cut]}”"]
    each = getattr(op, "each", False)
    return [f"{run.name(n)}: “…{n.body[max(0, a - 25):b + 25]}…”"
            for n, a, b in run.find(quotes[0], getattr(op, "scope", None), each)]
