"""The web app: one page (a form that works without JavaScript), downloads, and a JSON API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartParser

from amend.render.html import resolved_heading
from amend.render.redline import Mark
from amend_cli.web.downloads import Download, download
from amend_cli.web.outcome import Outcome, read_papers
from amend_cli.web.papers import (
    MAX_UPLOAD,
    Papers,
    Tick,
    TooLarge,
    Upload,
    checked_size,
    decode_upload,
)

HERE = Path(__file__).resolve().parent
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "img-src 'self'; connect-src 'self'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# Uploads stay in memory up to the size the page accepts: nothing the clerk sends touches disk.
MultiPartParser.spool_max_size = MAX_UPLOAD
TEXT_FIELDS = ("motion", "record", "minutes")


async def papers_from(request: Request) -> Papers:
    """The papers in a posted form: each text from its box, or from the file dropped for it."""
    form = await request.form(max_files=50, max_fields=500, max_part_size=MAX_UPLOAD)
    texts = {}
    for name in TEXT_FIELDS:
        texts[name] = await _text(form.get(f"{name}_file"), str(form.get(name) or ""))
    amendments = [str(value) for value in form.getlist("amendment") if str(value).strip()]
    files = [Upload(upload.filename, checked_size(await upload.read(), upload.filename))
             for upload in form.getlist("amendment_file")
             if isinstance(upload, UploadFile) and upload.filename]
    seen = str(form.get("seen") or "0")
    return Papers(texts["motion"], tuple(amendments), texts["record"], texts["minutes"],
                  _ticks(form.getlist("carried")), int(seen) if seen.isdigit() else 0,
                  tuple(files))


def _ticks(keys) -> frozenset[Tick]:
    return frozenset(tick for tick in map(Tick.parse, map(str, keys)) if tick is not None)


async def _text(upload, typed: str) -> str:
    if isinstance(upload, UploadFile) and upload.filename:
        return decode_upload(await upload.read(), upload.filename)
    return typed


def create_app(prefill: Papers | None = None) -> FastAPI:
    """The app; ``prefill`` fills the form on first load (``amend serve MOTION AMENDMENT…``)."""
    app = FastAPI(title="amend", docs_url=None, redoc_url=None, openapi_url=None)
    # Every value is escaped, whatever the template's name: pasted text is never markup.
    templates = Jinja2Templates(env=Environment(
        loader=FileSystemLoader(HERE / "templates"), autoescape=True))
    templates.env.globals["Mark"] = Mark
    templates.env.globals["resolved_heading"] = resolved_heading
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(request: Request, papers: Papers, outcome: Outcome, status: int = 200):
        template = "results.html.j2" if request.headers.get("x-amend-fragment") else "page.html.j2"
        return templates.TemplateResponse(request, template, {
            "papers": outcome.papers or papers, "outcome": outcome,
            "downloads": list(Download)}, status_code=status)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        length = request.headers.get("content-length", "0")
        if length.isdigit() and int(length) > MAX_UPLOAD + 64 * 1024:
            return _too_large()
        try:
            response = await call_next(request)
        except TooLarge:
            response = _too_large()
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.get("/", response_class=HTMLResponse)
    async def start(request: Request):
        papers = prefill or Papers()
        return page(request, papers, Outcome() if papers.empty else read_papers(papers))

    @app.post("/", response_class=HTMLResponse)
    async def submit(request: Request):
        papers = await papers_from(request)
        outcome = Outcome() if papers.empty else read_papers(papers)
        return page(request, papers, outcome, 422 if outcome.problem else 200)

    @app.post("/download/{kind}")
    async def save(request: Request, kind: Download):
        papers = await papers_from(request)
        outcome = read_papers(papers)
        if outcome.result is None:
            return page(request, papers, outcome, 422)
        return download(kind, outcome.result)

    @app.post("/api/resolve")
    async def api(request: Request):
        body = await request.json()
        amendments = tuple(map(str, body.get("amendments", [])))
        carried = body.get("carried")
        papers = Papers(str(body.get("motion", "")), amendments, str(body.get("record", "")), "",
                        _ticks(carried or ()), 0 if carried is None else len(amendments))
        return JSONResponse(api_answer(read_papers(papers)))

    return app


def api_answer(outcome: Outcome) -> dict:
    """The JSON the API returns: the resolved text, the warnings, the verdict, or the error."""
    import amend

    if outcome.problem is not None:
        problem = outcome.problem
        return {"error": {"message": problem.message, "source": problem.source,
                          "line": problem.line}}
    answer = {"text": amend.render_text(outcome.result.motion), "warnings": list(outcome.warnings),
              "unverified": outcome.result.unverified}
    if outcome.report is not None:
        answer["verdict"] = outcome.report.verdict
        answer["matches"] = outcome.report.matches
    return answer


def _too_large() -> Response:
    return Response(f"The papers are too large: the page takes up to {MAX_UPLOAD // 2**20} MB.",
                    status_code=413, media_type="text/plain; charset=utf-8",
                    headers=SECURITY_HEADERS)
