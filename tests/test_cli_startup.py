"""Start-up stays cheap: a command imports only what it uses (speed itself is measured by
benchmarks/startup.py, not here)."""

from __future__ import annotations

import subprocess
import sys
import tempfile

import pytest

from tests.test_cli_apply import EXAMPLES

SMALL = EXAMPLES / "insert-words-structured"
# Runs the app with its output piped, then lists the top-level packages it imported.
PROBE = """
import sys
from amend_cli.main import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
names = {name.split(".")[0] for name in sys.modules}
names |= {name for name in sys.modules if name.startswith("amend.")}
print(" ".join(sorted(names)), file=sys.stderr)
"""


def imported_by(*args) -> set[str]:
    """The packages (and amend's modules) that ``amend ARGS`` imports, its output piped."""
    done = subprocess.run([sys.executable, "-c", PROBE, *map(str, args)], capture_output=True,
                          text=True, cwd=tempfile.gettempdir(), check=True)
    return set(done.stderr.split())


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["apply", "--help"]])
def test_help_and_version_load_no_stage_of_amend_and_no_rich(args):
    """--help and --version import neither rich, pydantic, lark, nor any stage of amend."""
    modules = imported_by(*args)
    assert not modules & {"rich", "pydantic", "lark"}
    assert not {name for name in modules if name.startswith("amend.")} - {"amend.__about__"}


def test_piped_apply_loads_neither_rich_nor_pydantic_nor_other_commands():
    """``amend apply`` with piped output imports no rich, no pydantic, and not the minutes,
    comparison or drafting stages it does not use."""
    modules = imported_by("apply", SMALL / "motion.txt", SMALL / "amendment.txt")
    assert "amend.engine.apply" in modules
    assert not modules & {"rich", "pydantic", "bs4", "docx", "jinja2"}
    assert not any(name.startswith(("amend.minutes", "amend.comparison", "amend.drafting"))
                   for name in modules)
