"""Running the installed command line as a user would."""

import subprocess
import sys
import tempfile


def run_cli(*args):
    """Run ``amend`` with ``args`` from a folder outside the checkout, capturing its output."""
    return subprocess.run([sys.executable, "-c", "from amend_cli.main import run; run()", *args],
                          capture_output=True, text=True, cwd=tempfile.gettempdir(), check=False)
