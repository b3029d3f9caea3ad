"""HTML, PDF and DOCX files: extraction, metadata, page numbers, bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest.chunking import PAGE_MARKER
from ingest.documents import DocumentError
from ingest.extract import extract_html
from ingest.files import load_file
from kb.cli import cli
from kb.service import KnowledgeBase
from tests import site
from tests.conftest import make_settings


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "bestanden"
    site.build(folder / "site", "https://test.example")
    shutil.copy(folder / "site" / "dossier" / "index.html", folder / "pagina.html")
    site.write_pdf(folder / "handreiking.pdf", pages=3)
    site.write_docx(folder / "beleid.docx")
    shutil.rmtree(folder / "site")
    (folder / "beleid.docx.yaml").write_text("type: handreiking\nsection: handreikingen\norganisation: Testgemeente\n")
    return folder


def test_html_keeps_the_body_and_drops_the_chrome(files: Path) -> None:
    extracted = extract_html((files / "pagina.html").read_bytes())
    assert extracted.title == "Testdossier sociaal inkopen"
    assert extracted.url == "https://test.example/dossier/index.html"
    assert extracted.published == "2024-03-01"
    assert "zeearendregeling" in extracted.markdown and "## Over dit testdossier" in extracted.markdown
    for chrome in (site.MENU_WORD, "cookies", "Deel deze pagina", "Toegankelijkheid", "Home"):
        assert chrome not in extracted.markdown


def test_pdf_has_page_markers_and_headings(files: Path) -> None:
    document = load_file(files / "handreiking.pdf", "handreiking.pdf")
    assert document.meta.title == "Testhandreiking monitoring"
    markers = [line for line in document.body.splitlines() if PAGE_MARKER.match(line.strip())]
    assert len(markers) == 3
    assert "## 2. Rapportages beoordelen" in document.body
    assert document.meta.sources[0].url.scheme == "file"


def test_docx_headings_lists_and_sidecar(files: Path) -> None:
    document = load_file(files / "beleid.docx", "beleid.docx")
    assert document.meta.title == "Testbeleid sociaal inkopen"
    assert document.meta.type == "handreiking" and document.meta.organisation == "Testgemeente"
    assert "## Uitgangspunten" in document.body and "- Eerste uitgangspunt van de lijst" in document.body


@pytest.mark.parametrize(("name", "content", "message"), [
    ("kapot.pdf", b"%PDF-1.4 dit is geen echte pdf", "PDF"),
    ("kapot.docx", b"PK nope", "DOCX"),
])
def test_corrupt_files_are_named(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        load_file(path, name)
    assert caught.value.path == str(path) and message in caught.value.problem


def test_scanned_pdf_is_reported_not_indexed_empty(tmp_path: Path) -> None:
    site.write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(DocumentError, match="geen tekst"):
        load_file(tmp_path / "scan.pdf", "scan.pdf")


def test_ingest_folder_then_changes(files: Path, tmp_path: Path) -> None:
    (files / "scan.pdf").write_bytes(b"")
    site.write_scanned_pdf(files / "scan.pdf")
    (files / "tabel.xlsx").write_bytes(b"niet ondersteund")
    settings = make_settings(tmp_path / "data")
    knowledge_base = KnowledgeBase(settings)
    report = knowledge_base.ingest(paths=[files, files / "tabel.xlsx", tmp_path / "bestaat-niet.pdf"],
                                   defaults={"section": "handreikingen"})
    problems = {Path(e["path"]).name: e["error"] for e in report.errors}
    assert set(problems) == {"scan.pdf", "tabel.xlsx", "bestaat-niet.pdf"}
    assert "niet ondersteund" in problems["tabel.xlsx"] and "geen tekst" in problems["scan.pdf"]
    indexed = {Path(d.doc_id).name: d for d in knowledge_base.documents()}
    assert set(indexed) == {"pagina.html", "handreiking.pdf", "beleid.docx"}
    assert indexed["pagina.html"].section == "handreikingen" and indexed["beleid.docx"].type == "handreiking"

    # The answer to a question only the PDF holds cites it with its page number.
    answer = knowledge_base.ask("Binnen hoeveel dagen moet een rapportage volgens het kwartelkoningprotocol "
                                "worden beoordeeld?")
    assert not answer.refused, answer.text
    assert answer.citations[0].doc_id.endswith("handreiking.pdf") and answer.citations[0].page in (2, 3)
    assert "14 dagen" in answer.text

    again = knowledge_base.ingest(paths=[files], defaults={"section": "handreikingen"})
    assert again.chunks_written == 0 and again.unchanged == 3
    (files / "pagina.html").unlink()
    after = knowledge_base.ingest(paths=[files], defaults={"section": "handreikingen"})
    assert after.chunks_deleted > 0
    assert {Path(d.doc_id).name for d in knowledge_base.documents()} == {"handreiking.pdf", "beleid.docx"}


def test_cli_ingest_files_json(files: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest", str(files / "beleid.docx"), "--json", "--type", "guidance"],
                                env={"KB_DATA_DIR": str(tmp_path / "data"), "KB_CHROMA_URL": ""})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["documents"] == 1 and data["chunks_written"] > 0
    result = CliRunner().invoke(cli, ["ask", "Wat is de ooievaarsnorm van de testgemeente Zeedorp?", "--json"],
                                env={"KB_DATA_DIR": str(tmp_path / "data"), "KB_CHROMA_URL": ""})
    assert "ooievaarsnorm" in json.loads(result.stdout)["answer"]
