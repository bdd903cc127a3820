"""The state of one application: the working tree and what has been recorded (``Book``), and
the state while one amendment applies (``Run``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from amend.engine.references import Resolver
from amend.engine.result import Change, OperationOutcome
from amend.engine.search import Haystack
from amend.errors import AmendWarning, Span, WarningKind
from amend.instructions.amendment import Part
from amend.motion.labels import Label
from amend.motion.punctuation import snapshot
from amend.motion.worktree import ChangeKind, Node


@dataclass
class Book:
    """The working tree and everything recorded while amendments apply to it."""

    root: Node
    strict: bool = False
    changes: list[Change] = field(default_factory=list)
    warnings: list[AmendWarning] = field(default_factory=list)
    outcomes: list[OperationOutcome] = field(default_factory=list)
    removed: list[Node] = field(default_factory=list)  # paragraphs any amendment deleted
    _haystack: Haystack | None = None

    @property
    def haystack(self) -> Haystack:
        """The index of every paragraph's words, built on first use."""
        if self._haystack is None:
            self._haystack = Haystack(self.root)
        return self._haystack

    def changed(self, node: Node) -> None:
        """Note that a node's words changed, or that it is new (with its sub-list)."""
        if self._haystack is not None:
            self._haystack.changed(node)


@dataclass
class Run:
    """State while one amendment applies: its number, the part and operation under way, the
    lists it changed (with how they looked before), the reletterings it promised and the labels
    its new paragraphs bore."""

    book: Book
    number: int
    part: Part | None = None
    levels: dict[Node, tuple[tuple, Part | None]] = field(default_factory=dict)
    before: dict[Node, tuple] = field(default_factory=dict)
    moved: dict[Node, str] = field(default_factory=dict)
    promised: list[tuple[Node, str, Part | None]] = field(default_factory=list)
    # new paragraphs put by place ("at the end", "after (c)", in place of (b)), with the label
    # their words bore
    bore: list[tuple[Node, Label, Part | None]] = field(default_factory=list)
    removed: list[Node] = field(default_factory=list)  # paragraphs this amendment deleted
    added: set[Node] = field(default_factory=set)  # paragraphs this amendment added
    noted: list[AmendWarning] = field(default_factory=list)
    reading: Resolver | None = None  # one for every lookup, in a run that changes nothing

    @property
    def root(self) -> Node:
        return self.book.root

    @property
    def source(self) -> str:
        """The name of the amendment's text, for new paragraphs read from it."""
        return self.part.span.source if self.part and self.part.span else "amendment"

    # ---- recording
    def record(self, kind: ChangeKind, description: str, span: Span | None = None,
               **texts: str | None) -> None:
        """Record a change; ``texts`` may give its ``old`` and ``new`` words and the
        paragraph's ``label_before`` and ``label_after``."""
        part = self.part.number if self.part else None
        self.book.changes.append(Change(kind, description, self.number, part,
                                        span or (self.part.span if self.part else None),
                                        **texts))

    def warn(self, kind: WarningKind, message: str, span: Span | None = None) -> None:
        """A guess the reader should see, placed at ``span`` or else at the part."""
        warning = AmendWarning(kind, message, span or (self.part.span if self.part else None))
        self.noted.append(warning)
        self.book.warnings.append(warning)

    def bear(self, nodes: list[Node]) -> None:
        """Note the labels new paragraphs put by place bore in the amendment's words, to be
        checked once their list is relettered (``lists.check_new_labels``)."""
        self.bore.extend((node, node.label, self.part) for node in nodes if node.label)

    def warn_once(self, kind: WarningKind, message: str, span: Span | None = None) -> None:
        """``warn``, unless this operation has warned the same already."""
        if not any(w.kind is kind and w.message == message for w in self.noted):
            self.warn(kind, message, span)

    # ---- the motion as it stood before this amendment
    def touch(self, level: Node) -> None:
        """Note that a list is about to change shape (remembering how it looked)."""
        self.remember(level)
        self.levels.setdefault(level, (self.before[level], self.part))

    def remember(self, level: Node) -> None:
        if level not in self.before:
            self.before[level] = snapshot(level)

    def before_edit(self, node: Node) -> None:
        """Remember a node's words and its list's endings before its words change."""
        self.moved.setdefault(node, node.body)
        if node.parent is not None:
            self.remember(node.parent)

    def body_as_moved(self, node: Node) -> str:
        """A node's words before this amendment changed them."""
        return self.moved.get(node, node.body)
