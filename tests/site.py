"""A fixture site shaped like a government guidance site, served by a real HTTP server on localhost:
a menu of hundreds of links, breadcrumbs, a cookie banner, share buttons and a footer around a short
body; a linked PDF and DOCX; a robots.txt that forbids one path. The pages are test data written for
the tests (marked as such), not knowledge."""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from pathlib import Path

MENU_WORD = "Menuonderdeel"
PDF_FACT = "Het kwartelkoningprotocol schrijft voor dat elke rapportage binnen 14 dagen wordt beoordeeld."


def menu(n: int = 300) -> str:
    items = "".join(f"<li><a href='/andere-sectie/onderwerp-{i}'>{MENU_WORD} {i}</a></li>" for i in range(n))
    return f"<header><nav class='main-menu'><ul>{items}</ul></nav></header>"


def page(title: str, body: str, canonical: str, date: str = "2024-03-01", links: str = "") -> str:
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{title} | Testsite</title>
<link rel="canonical" href="{canonical}"><meta name="description" content="Testpagina: {title}.">
<meta property="article:published_time" content="{date}"></head><body>
<div id="cookie-banner">Deze site gebruikt cookies. Accepteer alle cookies of stel ze in.</div>
{menu()}
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/dossier/">Dossier</a></li><li>{title}</li></ol>
<main><article><h1>{title}</h1>{body}{links}
<div class="share">Deel deze pagina: <a href="#">LinkedIn</a> <a href="#">Mail</a></div></article></main>
<footer><p>Testsite voor de kennisbank. Contact · Privacy · Toegankelijkheid · Cookies</p></footer>
</body></html>"""


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def build(root: Path, base: str) -> None:
    """Write the site under *root* (served at *base*)."""
    dossier = root / "dossier"
    (dossier / "geheim").mkdir(parents=True, exist_ok=True)
    links = ("<ul><li><a href='/dossier/monitoring.html'>Monitoring</a></li>"
             "<li><a href='/dossier/verdwijnt.html'>Oude pagina</a></li>"
             "<li><a href='/dossier/geheim/intern.html'>Intern</a></li>"
             "<li><a href='/dossier/handreiking.pdf'>Handreiking (PDF)</a></li>"
             "<li><a href='/dossier/beleid.docx'>Beleid (DOCX)</a></li></ul>")
    (dossier / "index.html").write_text(page(
        "Testdossier sociaal inkopen",
        "<h2>Over dit testdossier</h2>" + paragraphs(
            "Dit testdossier bestaat alleen voor de tests van de kennisbank en beschrijft een verzonnen werkwijze.",
            "De testgemeente Zeedorp gebruikt in dit testdossier een zeearendregeling voor haar opdrachten."),
        f"{base}/dossier/index.html", links=links), encoding="utf-8")
    (dossier / "monitoring.html").write_text(page(
        "Testpagina monitoring",
        "<h2>Monitoring in het testdossier</h2>" + paragraphs(
            "In het testdossier controleert de testgemeente Zeedorp de inzet van kandidaten elk halfjaar.",
            "De testgemeente noemt dit de halfjaarlijkse zeedorpcontrole."),
        f"{base}/dossier/monitoring.html"), encoding="utf-8")
    (dossier / "verdwijnt.html").write_text(page(
        "Testpagina die verdwijnt",
        "<h2>Tijdelijk</h2>" + paragraphs("Deze testpagina over de reigerregeling verdwijnt later van de testsite."),
        f"{base}/dossier/verdwijnt.html"), encoding="utf-8")
    (dossier / "geheim" / "intern.html").write_text(page(
        "Interne testpagina", paragraphs("Deze pagina mag een crawler nooit ophalen."),
        f"{base}/dossier/geheim/intern.html"),
        encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /dossier/geheim/\n", encoding="utf-8")
    write_pdf(dossier / "handreiking.pdf")
    write_docx(dossier / "beleid.docx")


def write_pdf(path: Path, pages: int = 2) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Testhandreiking monitoring")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Testhandreiking monitoring", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Deze testhandreiking bestaat alleen voor de tests van de kennisbank. " * 4)
    for number in range(2, pages + 1):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 10, f"{number}. Rapportages beoordelen", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, PDF_FACT + " De testgemeente bewaart de rapportages in het testarchief.")
    pdf.output(str(path))


def write_scanned_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(20, 20, 100, 60, style="F")  # an image-like page without any text layer
    pdf.output(str(path))


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Testbeleid sociaal inkopen"
    document.add_heading("Testbeleid sociaal inkopen", level=1)
    document.add_paragraph("Dit testbeleid bestaat alleen voor de tests van de kennisbank.")
    document.add_heading("Uitgangspunten", level=2)
    document.add_paragraph("De testgemeente Zeedorp hanteert de ooievaarsnorm bij elke testopdracht.")
    document.add_paragraph("Eerste uitgangspunt van de lijst", style="List Bullet")
    document.add_paragraph("Tweede uitgangspunt van de lijst", style="List Bullet")
    document.save(str(path))


def touch_later(path: Path, seconds: int = 10) -> None:
    """Move a file's mtime forward, so Last-Modified changes even within the same second."""
    stamp = time.time() + seconds
    os.utime(path, (stamp, stamp))


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    requests: list[tuple[str, str, int]] = []

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.requests.append((self.command, self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


class Site:
    """The site on a real HTTP server in a thread; `requests` records (method, path, status)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        handler = type("Handler", (RecordingHandler,), {"requests": []})
        self.handler = handler
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(root)))
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def requests(self) -> list[tuple[str, str, int]]:
        return self.handler.requests

    def __enter__(self) -> "Site":
        build(self.root, self.base)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
