"""Crawl benchmark (not a test): `python -m tests.bench_crawl`. A 50-page fixture site on a local HTTP
server; prints pages per second of a first crawl with delay 0 (fetch + extract + embed + index) and
the seconds to re-crawl the unchanged site (conditional requests only)."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from kb.service import KnowledgeBase
from tests import site
from tests.conftest import make_settings


def main(pages: int = 50) -> None:
    root = Path(tempfile.mkdtemp(prefix="kb-bench-crawl-"))
    with site.Site(root / "www") as served:
        dossier = served.root / "dossier"
        links = "".join(f"<li><a href='/dossier/p{i}.html'>Pagina {i}</a></li>" for i in range(pages - 1))
        (dossier / "start.html").write_text(site.page("Start", site.paragraphs("Overzicht van testpagina's."),
                                                      f"{served.base}/dossier/start.html", links=f"<ul>{links}</ul>"))
        for i in range(pages - 1):
            text = site.paragraphs(*(f"Testpagina {i}, alinea {j}: de testgemeente beschrijft hier onderdeel {j} "
                                     f"van werkwijze {i} voor de benchmark van de crawler." for j in range(6)))
            (dossier / f"p{i}.html").write_text(site.page(f"Testpagina {i}", f"<h2>Deel {i}</h2>{text}",
                                                          f"{served.base}/dossier/p{i}.html"))
        knowledge_base = KnowledgeBase(make_settings(root / "data"))
        knowledge_base.embed_model.get_query_embedding("warm")  # model load is not crawl time
        start = f"{served.base}/dossier/start.html"
        started = time.perf_counter()
        first, report = knowledge_base.crawl(start, max_pages=pages * 2, delay=0)
        first_seconds = time.perf_counter() - started
        started = time.perf_counter()
        again, report_again = knowledge_base.crawl(start, max_pages=pages * 2, delay=0)
        again_seconds = time.perf_counter() - started
    print(json.dumps({
        "pages": len(first.changed), "first_crawl_s": round(first_seconds, 2),
        "fetch_only_pages_per_s": round(first.pages_per_second, 1),
        "pages_per_s_incl_indexing": round(len(first.changed) / first_seconds, 1),
        "chunks_written": report.chunks_written,
        "recrawl_unchanged_s": round(again_seconds, 2), "recrawl_unchanged": len(again.unchanged),
        "recrawl_chunks_written": report_again.chunks_written,
    }, indent=2))


if __name__ == "__main__":
    main()
