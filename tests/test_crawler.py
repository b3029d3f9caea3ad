"""The crawler against a fixture site on a real local HTTP server."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from ingest.crawler import USER_AGENT, Crawler
from kb.cli import cli
from kb.service import KnowledgeBase
from kb.search.store import get_all, make_client, open_collection
from tests import site
from tests.conftest import make_settings
from tests.browser_support import free_port


@pytest.fixture
def served(tmp_path: Path):
    with site.Site(tmp_path / "www") as running:
        yield running


def _index_text(knowledge_base: KnowledgeBase) -> str:
    collection = open_collection(make_client(knowledge_base.settings), knowledge_base.settings)
    return "\n".join(get_all(collection, include=["documents"])["documents"])


def test_crawl_index_recrawl_change_and_vanish(served: site.Site, tmp_path: Path) -> None:
    knowledge_base = KnowledgeBase(make_settings(tmp_path / "data"))
    start = f"{served.base}/dossier/index.html"
    crawl, report = knowledge_base.crawl(start, delay=0, defaults={"section": "verwant"})
    paths = [path for _, path, _ in served.requests]

    assert "/dossier/geheim/intern.html" not in paths          # robots.txt is honoured
    assert crawl.blocked_by_robots == [f"{served.base}/dossier/geheim/intern.html"]
    assert not any(p.startswith("/andere-sectie") for p in paths)  # out of scope
    assert {Path(u).name for u in crawl.changed} == {"index.html", "monitoring.html", "verdwijnt.html",
                                                    "handreiking.pdf", "beleid.docx"}
    assert report.chunks_written > 0 and not report.errors and not crawl.errors
    manifest = json.loads((tmp_path / "data" / "crawl" / "manifest.json").read_text())
    assert manifest[start]["status"] == 200 and manifest[start]["content_hash"]
    assert all((tmp_path / "data" / "crawl" / r["path"]).exists() for r in manifest.values() if r["status"] == 200)

    text = _index_text(knowledge_base)
    assert site.MENU_WORD not in text and "Deel deze pagina" not in text and "cookies" not in text
    assert "zeearendregeling" in text and "ooievaarsnorm" in text

    answer = knowledge_base.ask("Binnen hoeveel dagen moet een rapportage volgens het kwartelkoningprotocol "
                                "worden beoordeeld?")
    assert not answer.refused
    assert answer.citations[0].doc_id.endswith("handreiking.pdf") and answer.citations[0].page == 2

    # /dossier/ serves the same bytes as /dossier/index.html: recorded as an alias, indexed once.
    assert manifest[f"{served.base}/dossier/"]["alias_of"] == start
    assert sum(d.doc_id.startswith(served.base + "/dossier/index") for d in knowledge_base.documents()) == 1
    assert all(d.doc_id != f"{served.base}/dossier/" for d in knowledge_base.documents())

    # An unchanged site: one conditional request per address (6, with the alias), nothing embedded.
    served.requests.clear()
    crawl, report = knowledge_base.crawl(start, delay=0, defaults={"section": "verwant"})
    assert crawl.changed == [] and len(crawl.unchanged) == 6
    assert report.chunks_written == 0 and report.chunks_deleted == 0
    assert sum(1 for _, _, status in served.requests if status == 304) == 6

    # One page changes, one disappears.
    monitoring = served.root / "dossier" / "monitoring.html"
    monitoring.write_text(monitoring.read_text().replace("elk halfjaar", "elk kwartaal"), encoding="utf-8")
    site.touch_later(monitoring)
    (served.root / "dossier" / "verdwijnt.html").unlink()
    crawl, report = knowledge_base.crawl(start, delay=0, defaults={"section": "verwant"})
    assert [Path(u).name for u in crawl.changed] == ["monitoring.html"]
    assert [Path(u).name for u in crawl.removed] == ["verdwijnt.html"]
    assert report.chunks_written >= 1 and report.chunks_deleted >= 1
    text = _index_text(knowledge_base)
    assert "elk kwartaal" in text and "elk halfjaar" not in text and "reigerregeling" not in text
    assert all(not d.doc_id.endswith("verdwijnt.html") for d in knowledge_base.documents())


def test_identifies_itself_and_waits_between_requests(served: site.Site, tmp_path: Path) -> None:
    waits: list[float] = []
    seen_agents: list[str] = []

    def record(request: httpx.Request) -> None:
        seen_agents.append(request.headers["user-agent"])

    client = httpx.Client(headers={"User-Agent": USER_AGENT}, event_hooks={"request": [record]})
    crawler = Crawler(tmp_path / "crawl", delay=0.5, client=client, sleep=waits.append, max_pages=3)
    report = crawler.crawl(f"{served.base}/dossier/index.html")
    assert report.requested == 3
    assert set(seen_agents) == {USER_AGENT}
    assert waits.count(0.5) == len(seen_agents) - 1  # a pause before every request but the first


def test_network_errors_are_retried_and_reported(tmp_path: Path) -> None:
    waits: list[float] = []
    crawler = Crawler(tmp_path / "crawl", delay=0, retries=2, sleep=waits.append, timeout=1)
    report = crawler.crawl(f"http://127.0.0.1:{free_port()}/dossier/index.html")
    assert report.requested == 1 and len(report.errors) == 1
    assert "3 pogingen" in report.errors[0]["error"]
    # robots.txt and the page: 3 attempts each, with a growing pause between attempts
    assert waits == [0.5, 1.0, 0.5, 1.0]
    assert report.changed == []


def test_same_content_twice_gives_no_duplicate_citations(served: site.Site, tmp_path: Path) -> None:
    knowledge_base = KnowledgeBase(make_settings(tmp_path / "data"))
    knowledge_base.crawl(f"{served.base}/dossier/index.html", delay=0)
    copy = tmp_path / "kopie"
    copy.mkdir()
    shutil.copy(served.root / "dossier" / "monitoring.html", copy / "monitoring.html")
    knowledge_base.ingest(paths=[copy])
    answer = knowledge_base.ask("Hoe vaak controleert de testgemeente Zeedorp de inzet van kandidaten?")
    assert not answer.refused
    sentences = [s for c in answer.citations for s in c.sentences]
    assert len(sentences) == len(set(sentences))
    assert len({c.passage for c in answer.citations}) == len(answer.citations)


def test_cli_crawl_json(served: site.Site, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["crawl", f"{served.base}/dossier/index.html", "--delay", "0", "--json",
                                      "--type", "handreiking", "--section", "handreikingen"],
                                env={"KB_DATA_DIR": str(tmp_path / "data"), "KB_CHROMA_URL": ""})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["crawl"]["changed"] == 5 and data["crawl"]["blocked_by_robots"] == 1
    assert data["ingest"]["chunks_written"] > 0


def test_crawl_delay_in_robots_txt_is_honoured(served: site.Site, tmp_path: Path) -> None:
    (served.root / "robots.txt").write_text("User-agent: *\nCrawl-delay: 3\nDisallow: /dossier/geheim/\n")
    waits: list[float] = []
    crawler = Crawler(tmp_path / "crawl", delay=0.5, sleep=waits.append, max_pages=2)
    crawler.crawl(f"{served.base}/dossier/index.html")
    assert waits and all(w == 3.0 for w in waits)
