"""``amend serve``: where it listens, what it prints, and what it fills the page with."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from amend_cli.main import app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sheffield-alston-partial"


@pytest.fixture
def served(monkeypatch):
    """Record what ``uvicorn.run`` was given instead of serving."""
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    return calls


def test_serve_listens_on_loopback_at_a_free_port_and_prints_the_address(served):
    """By default the page listens on 127.0.0.1 at a free port and prints its address."""
    result = CliRunner().invoke(app, ["serve"])
    (_, options), = served
    assert options["host"] == "127.0.0.1" and options["port"] > 0
    assert f"http://127.0.0.1:{options['port']}/" in result.output
    assert "warning" not in result.output


def test_serve_warns_when_listening_beyond_this_machine(served):
    """Binding to an address other than loopback prints a warning."""
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", "8765"])
    assert served[0][1]["port"] == 8765
    assert "warning: listening on 0.0.0.0" in result.output


def test_serve_fills_the_page_with_the_papers_given(served):
    """A motion and an amendment named on the command line are on the page at first load."""
    from fastapi.testclient import TestClient

    CliRunner().invoke(app, ["serve", str(EXAMPLE / "motion.txt"),
                             str(EXAMPLE / "amendment.txt")])
    page = TestClient(served[0][0]).get("/").text
    assert "the addition of new paragraphs (g) to (l)" in page
    assert 'id="resolved-text"' in page


def test_serve_reports_a_missing_file_as_bad_input(served):
    """A paper that cannot be read is a one-line error and exit status 2, not a server."""
    result = CliRunner().invoke(app, ["serve", "no-such-motion.txt"])
    assert result.exit_code == 2 and not served
