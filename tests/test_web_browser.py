"""The page in a real headless Chromium, used as a clerk would: paste, tick, read, download."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

import amend
from tests.test_render_docx import view

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)")

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sheffield-alston-partial"
MOTION = (EXAMPLE / "motion.txt").read_text(encoding="utf-8")
ALSTON = (EXAMPLE / "amendment.txt").read_text(encoding="utf-8")
EXPECTED = amend.render_text(amend.read_motion((EXAMPLE / "expected.txt").read_text("utf-8")))


@pytest.fixture(scope="module")
def address():
    """The app served by uvicorn on a free loopback port, for the length of the module."""
    import uvicorn

    from amend_cli.commands.serve import free_port
    from amend_cli.web.app import create_app

    port = free_port("127.0.0.1")
    server = uvicorn.Server(uvicorn.Config(create_app(), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(address):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                             args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(accept_downloads=True)
        yield context.new_page()
        browser.close()


def test_clerk_pastes_ticks_3g_3h_and_downloads_the_substantive_motion(page, address, tmp_path):
    """Pasting seed 000's motion and the Alston amendment, ticking only 3(g) and 3(h), shows
    the substantive motion the Council recorded, and the .docx accepts to it."""
    page.goto(address)
    page.fill("#motion", MOTION)
    page.fill("#amendment-1", ALSTON)
    page.click("button[type=submit]:has-text('Apply')")
    page.wait_for_selector("#resolved-text")
    keys = [box.get_attribute("value") for box in page.query_selector_all("input[name=carried]")]
    for key in keys:
        box = page.locator(f"input[name=carried][value='{key}']")
        if key not in ("1.3", "1.3.g", "1.3.h") and box.is_checked():
            with page.expect_response(lambda response: response.request.method == "POST"):
                box.uncheck()
    page.wait_for_function("document.getElementById('resolved-text').textContent"
                           ".includes('despite 10 years of austerity')")
    assert page.inner_text("#resolved-text").strip() == EXPECTED.strip()
    with page.expect_download() as info:
        page.click("button[formaction='/download/docx']")
    saved = tmp_path / "resolved.docx"
    info.value.save_as(saved)
    assert view(saved.read_bytes(), accept=True) == EXPECTED
