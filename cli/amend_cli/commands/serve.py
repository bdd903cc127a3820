"""``amend serve [MOTION AMENDMENT...]``: the local web page for clerks."""

import socket
import sys
from pathlib import Path
from typing import Annotated

import typer

from amend_cli.failure import reports_errors
from amend_cli.inputs import read_input

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def free_port(host: str) -> int:
    """A port nothing listens on now, chosen by the system."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


@reports_errors
def serve(
    papers: Annotated[list[Path] | None, typer.Argument(
        help="Optional: a motion and its amendments (in order) to fill the page with.")] = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0: a free one).")] = 0,
    record: Annotated[Path | None, typer.Option(
        "--against", help="The resolution as recorded, to check.")] = None,
) -> None:
    """Start the web page on this machine and print its address."""
    import uvicorn

    from amend_cli.web.app import create_app
    from amend_cli.web.papers import Papers

    texts = [read_input(path) for path in papers or []]
    prefill = Papers(texts[0] if texts else "", tuple(texts[1:]),
                     read_input(record) if record else "")
    if host not in LOOPBACK:
        print(f"amend: warning: listening on {host}: anyone who can reach this machine can "
              "use the page", file=sys.stderr)
    port = port or free_port(host)
    shown = f"[{host}]" if ":" in host else host
    print(f"amend: serving on http://{shown}:{port}/ (Ctrl+C to stop)", flush=True)
    uvicorn.run(create_app(prefill), host=host, port=port, log_level="warning")
