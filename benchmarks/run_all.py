"""Every benchmark in one run, one after another, each printing its own figures and ratios.

    python benchmarks/run_all.py [--quick]

``--quick`` leaves out the slowest (scaling to 50,000 paragraphs and --jobs on 300 items).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["fidelity.py", "startup.py", "apply_speed.py", "check_speed.py", "minutes_speed.py",
         "quotes_speed.py", "scaling.py", "jobs_speed.py"]
SLOW = {"scaling.py", "jobs_speed.py"}


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    worst = 0
    for name in ORDER:
        if quick and name in SLOW:
            continue
        print(f"\n== {name}", flush=True)
        worst = max(worst, subprocess.run([sys.executable, str(HERE / name)]).returncode)
    return worst


if __name__ == "__main__":
    sys.exit(main())
