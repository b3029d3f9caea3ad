"""Client/server mode: a real `chroma run` on localhost shared by an ingest job and two app replicas."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kb.service import KnowledgeBase
from tests.conftest import make_settings
from tests.browser_support import free_port

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    assert chroma, "the chroma command comes with the chromadb package"
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    process = subprocess.Popen([chroma, "run", "--path", str(path), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://localhost:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("chroma run did not start")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_ingest_job_and_replicas_share_one_server(chroma_url: str, small_corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "job", small_corpus).model_copy(update={"chroma_url": chroma_url,
                                                                                 "collection": "server_test"})
    job = KnowledgeBase(settings)
    report = job.ingest()
    assert report.chunks_written > 0 and not report.errors
    assert job.ingest().chunks_written == 0  # idempotent over HTTP too
    assert not (tmp_path / "job" / "chroma").exists()  # nothing stored locally

    replica_a = KnowledgeBase(settings.model_copy(update={"data_dir": tmp_path / "a"}))
    replica_b = KnowledgeBase(settings.model_copy(update={"data_dir": tmp_path / "b"}))
    answer = replica_a.ask("Hoe werkt social return als minimumeis?")
    assert not answer.refused and answer.citations[0].doc_id == "aanbesteding/minimumeis.md"
    assert replica_b.stats()["chunks"] == replica_a.stats()["chunks"]

    # The job changes a document; both replicas see it on their next question (BM25 rebuilt from Chroma).
    path = small_corpus / "aanbesteding" / "gunningscriterium.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n## Nieuw\n\nHet woord zeearend staat alleen hier.\n",
                    encoding="utf-8")
    assert job.ingest().chunks_written >= 1
    for replica in (replica_a, replica_b):
        hits = replica.search("zeearend", mode="keyword")
        assert hits and hits[0].doc_id == "aanbesteding/gunningscriterium.md"


def test_unreachable_server_gives_a_clear_error(tmp_path: Path, small_corpus: Path) -> None:
    settings = make_settings(tmp_path, small_corpus).model_copy(
        update={"chroma_url": f"http://localhost:{free_port()}"})
    from kb.errors import KBError

    with pytest.raises(KBError, match="niet bereikbaar"):
        KnowledgeBase(settings).ask("Wat is social return?")
