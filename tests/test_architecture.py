"""The layout shows the pipeline: each stage imports only from the stages before it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "amend"

# Pipeline order. ``errors`` is the one hierarchy every stage raises; the facade and the
# package metadata sit above the stages.
STAGES = ["errors", "text", "motion", "instructions", "engine", "comparison", "minutes",
          "explanation", "render", "drafting"]


def stage_of(module: str) -> str | None:
    """The stage a dotted ``amend.…`` module belongs to, or None for the facade."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "amend" else None


def amend_imports(path: Path) -> list[str]:
    """Every ``amend.…`` module a source file imports (at any depth in the file)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "amend" or node.module.startswith("amend."):
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("amend")]
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE or p.stem == "errors")


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_stage_imports_only_earlier_stages(path):
    """A module imports amend modules only from its own stage or the stages before it."""
    own = STAGES.index(path.stem if path.parent == PACKAGE else path.relative_to(PACKAGE).parts[0])
    for module in amend_imports(path):
        stage = stage_of(module)
        assert stage in STAGES, f"{path.name} imports {module}, which is in no stage"
        assert STAGES.index(stage) <= own, f"{path.name} imports the later stage {module}"


def test_every_stage_is_a_package_that_says_what_it_does():
    """Each stage but ``errors`` is a sub-package whose __init__ docstring says what it takes."""
    for stage in STAGES[1:]:
        init = PACKAGE / stage / "__init__.py"
        assert init.is_file(), f"amend/{stage} is not a package"
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "takes" in doc and "give" in doc, f"amend/{stage} says nothing of its data"


def test_cli_uses_only_the_facade_and_renderers():
    """cli/ imports nothing from amend but the facade and amend.render."""
    for path in (ROOT / "cli").rglob("*.py"):
        for module in amend_imports(path):
            if module.startswith("amend_cli"):
                continue
            assert stage_of(module) in (None, "render"), f"{path.name} imports {module}"


SOURCES = sorted([*PACKAGE.rglob("*.py"), *(ROOT / "cli").rglob("*.py")])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_and_functions_stay_small(path):
    """No module of amend/ or cli/ is over 400 lines, and no function over 60."""
    source = path.read_text(encoding="utf-8")
    assert source.count("\n") <= 400, f"{path.name} has {source.count(chr(10))} lines"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            assert length <= 60, f"{path.name}: {node.name} is {length} lines"


def test_classes_and_transformers_are_defined_at_module_level():
    """No class is defined inside a function in amend/ (Transformers included)."""
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = [n.name for n in ast.walk(function) if isinstance(n, ast.ClassDef)]
                assert not inner, f"{path.name}: {function.name} defines {inner}"


def test_operation_places_are_typed_by_the_position_enum():
    """Every operation's ``position`` and ``side`` field is typed Position, never a string."""
    from typing import get_args, get_type_hints

    from amend.instructions import operations as ops

    typed = {}
    for kind in get_args(ops.Operation):
        hints = get_type_hints(kind)
        typed |= {f"{kind.__name__}.{name}": hints[name] for name in ("position", "side")
                  if name in hints}
    assert len(typed) >= 4, f"no place fields found: {typed}"
    loose = {name: hint for name, hint in typed.items()
             if hint not in (ops.Position, ops.Position | None)}
    assert not loose, f"place fields not typed by Position: {loose}"
