"""Running the installed command line as a user would."""

import subprocess
import sys
import tempfile


def run_cli(*args):
    """Run ``amend`` with ``args`` from a folder outside the checkout, capturing its output."""
    return subprocess.run([sys.executable, "-c", "from amend_cli.main import run; run()", *args],
                          capture_output=True, text=True, cwd=tempfile.gettempdir(), check=False)


def invoke(*args, stdin=None):
    """Run ``amend`` in this process (much faster than ``run_cli``), standard input given."""
    from typer.testing import CliRunner

    from amend_cli.main import app

    return CliRunner().invoke(app, [str(a) for a in args], input=stdin)
