"""The Transformer: grammar tree to operations, then joining "delete … and replace with …"."""

from __future__ import annotations

from dataclasses import dataclass, replace

from amend.errors import InstructionSyntaxError
from amend.instructions import operations as ops
from amend.motion.labels import label_key
from amend.text.numbers import number_value, ordinal_value


@dataclass(frozen=True, slots=True)
class _Anchor:
    side: str
    words: ops.Text


@dataclass(frozen=True, slots=True)
class _Flag:
    name: str
    value: int = 0


@dataclass(frozen=True, slots=True)
class _Bare:
    """New text with no place of its own: it replaces what the operation before deleted."""

    content: ops.Text
    verb: str


@dataclass(frozen=True, slots=True)
class _More:
    """Further words for the operation before ("the words X and the words Y")."""

    words: ops.Text
    scope: ops.Ref | None


@dataclass(frozen=True, slots=True)
class _DeleteAll:
    pass


@dataclass(frozen=True, slots=True)
class _ThisPara:
    """ "this section": the paragraph the operation before named."""


def _split(children):
    """Sort a rule's children into texts, references, anchors and flags."""
    texts, refs, anchors, flags, rest = [], [], [], [], []
    for child in children:
        if isinstance(child, ops.Text):
            texts.append(child)
        elif isinstance(child, ops.Ref):
            refs.append(child)
        elif isinstance(child, _Anchor):
            anchors.append(child)
        elif isinstance(child, _Flag):
            flags.append(child)
        else:
            rest.append(child)
    return texts, refs, anchors, flags, rest


def _flags(flags) -> dict:
    out = {"each": False, "line": None}
    for flag in flags:
        if flag.name == "each":
            out["each"] = True
        elif flag.name == "line":
            out["line"] = flag.value
    return out


def _make_transformer(quotes: list[ops.Text], block: ops.Text | None):
    from lark import Token, Transformer

    def tokens(children):
        return [c for c in children if isinstance(c, Token)]

    class Build(Transformer):
        def start(self, children):
            return [c for c in children if not isinstance(c, Token)]

        # ---- text
        def words(self, children):
            return quotes[int(tokens(children)[-1].strip("⟦⟧"))]

        def content(self, children):
            token = tokens(children)[-1]
            if token.type == "BLOCK":
                return block
            return quotes[int(token.strip("⟦⟧"))]

        # ---- references
        def original(self, _):
            return _Flag("original")

        def label_ref(self, children):
            count = tokens(children)[-1]
            is_original = any(isinstance(c, _Flag) for c in children)
            return ops.LabelRef(label_key(count), is_original)

        def ordinal_ref(self, children):
            return ops.OrdinalRef(ordinal_value(tokens(children)[-1]))

        def last_ref(self, _):
            return ops.OrdinalRef(-1)

        def sel(self, children):
            return children[0]

        def range_sel(self, children):
            first, last = tokens(children)[-2:]
            return ops.RangeRef(label_key(first), label_key(last))

        def pair_sel(self, children):
            first, second = tokens(children)[-2:]
            return ops.RangeRef(label_key(first), label_key(second.split(None, 1)[1]))

        def first_sel(self, children):
            ordinal, count = tokens(children)[-2:]
            if ordinal.lower() != "first":
                raise InstructionSyntaxError(
                    f"“{ordinal} {count}” does not name paragraphs", span=None, source_line="",
                    expected=("“first”",))
            return ops.FirstRef(number_value(count))

        def sentence(self, children):
            kind = tokens(children)[0]
            n = -1 if kind.type == "LAST" else ordinal_value(kind)
            within = next((c for c in children if isinstance(c, ops.LabelRef | ops.OrdinalRef)),
                          None)
            return ops.SentenceRef(n, within)

        def this_sentence(self, _):
            return ops.SentenceRef(1)

        def whole_motion(self, _):
            return _Flag("whole")

        def line_hint(self, children):
            return _Flag("line", int(tokens(children)[-1]))

        def each_place(self, _):
            return _Flag("each")

        def after(self, _):
            return "after"

        def before(self, _):
            return "before"

        def anchor(self, children):
            return _Anchor(children[0], children[1])

        def anchor_para(self, children):
            return (children[0], children[1])

        def new_labels(self, children):
            counts = [label_key(t.split(None, 1)[1]) if t.type == "AND_COUNT" else label_key(t)
                      for t in tokens(children)]
            return ("labels", tuple(counts))

        # ---- operations
        def delete_paras(self, children):
            _, refs, *_ = _split(children)
            return ops.DeleteParagraphs(refs[0])

        def delete_words(self, children):
            texts, refs, anchors, flags, _ = _split(children)
            anchor = anchors[0] if anchors else None
            return ops.DeleteWords(texts[0], refs[0] if refs else None,
                                   anchor.words if anchor else None,
                                   anchor.side if anchor else "", **_flags(flags))

        def delete_first_words(self, children):
            texts, refs, *_ = _split(children)
            return ops.DeleteWords(texts[0], refs[0], side="start")

        def delete_after(self, children):
            texts, refs, *_ = _split(children)
            if "before" in children:
                raise InstructionSyntaxError(
                    "“delete all before” is not supported; quote the words to delete",
                    span=texts[0].span, source_line="", expected=())
            return ops.DeleteAfter(texts[0], scope=refs[0] if refs else None)

        def delete_after_replace(self, children):
            texts, *_ = _split(children)
            return ops.DeleteAfter(texts[0], content=texts[1])

        def delete_from(self, children):
            texts, refs, *_ = _split(children)
            return ops.DeleteAfter(texts[0], inclusive=True, scope=refs[0] if refs else None)

        def delete_all(self, _):
            return _DeleteAll()

        def more_words(self, children):
            texts, refs, *_ = _split(children)
            return _More(texts[0], refs[0] if refs else None)

        def add_labelled(self, children):
            texts, refs, _, _, rest = _split(children)
            labels = next(r[1] for r in rest if isinstance(r, tuple) and r[0] == "labels")
            near = next((r for r in rest if isinstance(r, tuple) and r[0] in ("after", "before")),
                        None)
            content = texts[-1] if texts else block
            if near:
                return ops.AddParagraphs(content, labels, near[0], near[1])
            return ops.AddParagraphs(content, labels)

        def _add_at(self, children, position):
            texts, refs, *_ = _split(children)
            if refs:
                return ops.InsertWords(texts[0], position, scope=refs[0])
            return ops.AddParagraphs(texts[0], position=position)

        def add_end(self, children):
            return self._add_at(children, "end")

        def add_start(self, children):
            return self._add_at(children, "start")

        def add_near(self, children):
            texts, refs, _, _, rest = _split(children)
            labels = next((r[1] for r in rest if isinstance(r, tuple)), ())
            side = next(r for r in rest if r in ("after", "before"))
            return ops.AddParagraphs(texts[0] if texts else block, labels, side, refs[0])

        def this_para(self, _):
            return _ThisPara()

        def add_within(self, children):
            texts, refs, *_ = _split(children)
            near = refs[0] if refs else next(c for c in children if isinstance(c, _ThisPara))
            return ops.AddParagraphs(texts[-1], position="end", near=near)

        def add_bare(self, children):
            texts, *_ = _split(children)
            verb = str(tokens(children)[0]).lower() if tokens(children) else "add"
            return _Bare(texts[0], verb)

        def insert_words(self, children):
            texts, refs, *_ = _split(children)
            side = next(c for c in children if c in ("after", "before"))
            return ops.InsertWords(texts[0], side, texts[1], refs[0] if refs else None)

        def insert_structured(self, children):
            texts, refs, *_ = _split(children)
            side = next(c for c in children if c in ("after", "before"))
            return ops.InsertWords(texts[1], side, texts[0], refs[0] if refs else None)

        def insert_after_sentence(self, children):
            texts, refs, *_ = _split(children)
            side = next(c for c in children if c in ("after", "before"))
            return ops.InsertWords(texts[0], side, scope=refs[0])

        def insert_words_first(self, children):
            texts, refs, *_ = _split(children)
            return ops.InsertWords(texts[1], children[0], texts[0], refs[0] if refs else None)

        def substitute_for(self, children):
            texts, refs, _, flags, _ = _split(children)
            return ops.SubstituteWords(texts[1], texts[0], refs[0] if refs else None,
                                       **_flags(flags))

        def replace_words(self, children):
            texts, refs, _, flags, _ = _split(children)
            return ops.SubstituteWords(texts[0], texts[1], refs[0] if refs else None,
                                       **_flags(flags))

        def reletter(self, children):
            _, refs, *_ = _split(children)
            return ops.Reletter(refs[0], label_key(tokens(children)[-1]))

        def scoped(self, children):
            scope, inner = children
            if hasattr(inner, "scope"):
                return replace(inner, scope=scope)
            if isinstance(inner, _Bare):
                return ops.InsertWords(inner.content, "end", scope=scope)
            raise InstructionSyntaxError(
                f"“in {scope.describe()}” cannot limit “{inner.describe()}”", span=None,
                hint="name the paragraph in the instruction itself")

        def replace_read(self, children):
            texts, *_ = _split(children)
            return ops.ReplaceAll(texts[-1])

    return Build()


def merge(items: list) -> tuple[ops.Operation, ...]:
    """Join each "and replace with …" to the deletion before it; carry "and the words …"."""
    out: list = []
    for item in items:
        previous = out[-1] if out else None
        if isinstance(item, _Bare):
            if isinstance(previous, ops.DeleteParagraphs) and previous.content is None:
                out[-1] = replace(previous, content=item.content)
            elif isinstance(previous, ops.DeleteWords):
                out[-1] = ops.SubstituteWords(previous.words, item.content, previous.scope,
                                              previous.each, previous.line, previous.anchor,
                                              previous.side)
            elif isinstance(previous, ops.DeleteAfter) and previous.content is None:
                out[-1] = replace(previous, content=item.content)
            elif isinstance(previous, _DeleteAll):
                out[-1] = ops.ReplaceAll(item.content)
            else:
                out.append(ops.AddParagraphs(item.content, position="end"))
        elif isinstance(item, _More) and isinstance(previous, ops.DeleteWords):
            out.append(replace(previous, words=item.words, scope=item.scope or previous.scope))
        elif isinstance(item, ops.AddParagraphs) and isinstance(item.near, _ThisPara):
            named = getattr(previous, "target", None)
            if not isinstance(named, ops.LabelRef | ops.OrdinalRef):
                raise InstructionSyntaxError("“this section” follows no paragraph named before",
                                             span=item.content.span)
            out.append(replace(item, near=named))
        elif isinstance(item, _More):
            raise InstructionSyntaxError("these words follow no instruction", span=item.words.span,
                                         source_line="", expected=())
        else:
            out.append(item)
    if any(isinstance(item, _DeleteAll) for item in out):
        raise InstructionSyntaxError("“delete all” needs the text that replaces it", span=None,
                                     source_line="", expected=("“and replace with”",))
    return tuple(out)


def build_operations(tree, quotes, block, where) -> tuple[ops.Operation, ...]:
    """Operations of a parsed skeleton, with quotations and block filled in."""
    return merge(_make_transformer(quotes, block).transform(tree))
