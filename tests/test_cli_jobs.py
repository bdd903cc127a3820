"""``amend minutes --jobs N``: several items read in worker processes, rows in a stable order."""

from __future__ import annotations

import concurrent.futures
import shutil

from tests.cli import invoke
from tests.test_cli_apply import EXAMPLES

ITEMS = ["06-planted-wording-error.txt", "07-amendment-lost.txt", "08-no-amendments.txt"]


def test_rows_are_the_same_in_the_same_order_with_workers(tmp_path, monkeypatch):
    """Three items and an unreadable one give, from two worker processes, the table that one
    process gives."""
    for name in ITEMS:
        shutil.copy(EXAMPLES / "minutes" / name, tmp_path / name)
    (tmp_path / "07-broken.txt").write_bytes(b"\x00\x01")
    alone = invoke("minutes", tmp_path, "--jobs", "1")
    pools = []

    class CountedPool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(kwargs.get("max_workers"))
            super().__init__(*args, **kwargs)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", CountedPool)
    together = invoke("minutes", tmp_path, "--jobs", "2")
    assert pools == [2]
    assert (together.exit_code, together.stdout) == (alone.exit_code, alone.stdout)
    rows = [line.split()[0].rsplit("/", 1)[-1] for line in together.stdout.splitlines()[1:-1]]
    assert rows == sorted([*ITEMS, "07-broken.txt"])


def test_zero_jobs_is_refused():
    """--jobs 0 is a usage error (exit 2)."""
    assert invoke("minutes", EXAMPLES / "minutes", "--jobs", "0").exit_code == 2
