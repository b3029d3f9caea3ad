"""Soak and fault suite: the product keeps working while the index changes under it and when its
store or data folder fails. Everything runs as an operator would run it — `kb ingest`, `kb ask` and
`kb serve` in their own processes, a real `chroma run`, a real read-only folder — against the real
default model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from ingest.pipeline import load_corpus
from ingest.writer import IndexWriter
from kb.search.embeddings import get_embed_model
from kb.search.store import get_all, make_client, open_collection, pointer_name, read_pointer
from tests.faults import (
    BUNDLED,
    DOCS,
    QUESTIONS,
    ChromaServer,
    Clients,
    Served,
    Started,
    copy_corpus,
    env_for,
    kb,
    settings_for,
)

pytestmark = pytest.mark.faults


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path / "corpus")


@pytest.fixture
def env(tmp_path: Path, corpus: Path) -> dict[str, str]:
    return env_for(tmp_path / "data", corpus)


@pytest.fixture
def chroma(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-server")
    server.start()
    yield server
    server.stop()


def ingest(env: dict[str, str], *args: str) -> dict:
    result = kb(["ingest", "--json", *args], env)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def stats(env: dict[str, str]) -> dict:
    result = kb(["stats", "--json"], env)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def collection_names(env: dict[str, str]) -> set[str]:
    client = make_client(settings_for(env))
    return {c if isinstance(c, str) else c.name for c in client.list_collections()}


def expected_chunk_ids(env: dict[str, str]) -> set[str]:
    """The chunk ids a complete ingest of the corpus holds, computed from the documents themselves."""
    settings = settings_for(env)
    documents, errors = load_corpus(settings.corpus_dir, settings.max_document_chars)
    assert not errors
    writer = IndexWriter.from_settings(None, get_embed_model(settings), settings)
    return {chunk.id for document in documents for chunk in writer.chunks(document, "corpus")[1]}


def indexed_chunk_ids(env: dict[str, str]) -> set[str]:
    settings = settings_for(env)
    return set(get_all(open_collection(make_client(settings), settings), include=[])["ids"])


def kill_when(started: Started, ready, seconds: float = 300) -> None:
    """SIGKILL the process as soon as *ready()* holds (it must hold before the process ends by itself)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        assert started.process.poll() is None, f"ingest ended before it could be killed: {started.output()[-2000:]}"
        if ready():
            started.process.send_signal(signal.SIGKILL)
            started.process.wait(timeout=30)
            return
        time.sleep(0.05)
    raise AssertionError("the ingest never reached the point to kill it")


# ---- rebuilds while serving ------------------------------------------------------------------------------
@pytest.mark.parametrize("mode", ["embedded", "server"])
def test_rebuild_while_five_clients_ask(mode: str, env: dict[str, str], request: pytest.FixtureRequest) -> None:
    if mode == "server":
        env = {**env, "KB_CHROMA_URL": request.getfixturevalue("chroma").url}
    ingest(env)
    served = Served(env, "--index", "never")
    try:
        before = served.wait_ready()["generation"]
        with Clients(served.url, n=5) as clients:
            time.sleep(2)
            report = ingest(env, "--rebuild")
            switched = time.time()
            time.sleep(3 * float(settings_for(env).generation_grace) + 2)  # past the drop of the old generation
        assert report["generation"] and report["generation"] != before
        assert clients.failures() == [], clients.failures()[:5]
        assert clients.statuses(since=switched).count(200) >= 5  # answers go on after the switch
        health = httpx.get(f"{served.url}/healthz", timeout=10).json()
        assert health["generation"] == report["generation"] and health["complete"] is True
        assert before not in collection_names(env)  # the old generation was dropped
        assert served.ask(QUESTIONS[0]).status_code == 200
    finally:
        served.stop()


def test_separate_ingest_is_served_as_a_fresh_process_answers(env: dict[str, str], corpus: Path) -> None:
    ingest(env)
    served = Served(env, "--index", "never")
    question = "Hoeveel social return vraagt de gemeente Testdorp bij de Testweg?"
    try:
        served.wait_ready()
        assert served.ask(question).status_code == 200
        path = corpus / "aanbesteding" / "minimumeis.md"
        # A made-up municipality in a private copy of the corpus: only the new generation holds it.
        path.write_text(path.read_text(encoding="utf-8").rstrip() + "\n\n## Testdorp\n\n"
                        "De gemeente Testdorp vraagt bij de aanleg van de Testweg 7% social return als minimumeis.\n",
                        encoding="utf-8")
        assert ingest(env)["chunks_written"] >= 1  # a separate process writes a new generation
        served_answer = served.ask(question).json()
        fresh = kb(["ask", question, "--json"], env)
        assert fresh.returncode == 0, fresh.stderr
        fresh_answer = json.loads(fresh.stdout)
        served_answer.pop("ai_disclosure")  # the API's own addition
        for answer in (served_answer, fresh_answer):
            answer.pop("latency_ms")
        assert served_answer == fresh_answer  # dense, keyword and context from the same generation
        assert "Testdorp" in served_answer["answer"] and not served_answer["refused"]
    finally:
        served.stop()


# ---- killed ingests ------------------------------------------------------------------------------------------
@pytest.fixture
def small_env(tmp_path: Path) -> dict[str, str]:
    """Four documents: a killed ingest and the one that finishes it stay short."""
    return env_for(tmp_path / "data-small", copy_corpus(tmp_path / "corpus-small", DOCS[:4]))


def test_killed_update_leaves_the_previous_generation_in_service(small_env: dict[str, str]) -> None:
    env = small_env
    ingest(env)
    before = stats(env)
    # Smaller chunks change every passage, so the next ingest has to embed and takes long enough to kill.
    changed = {**env, "KB_CHUNK_MAX_CHARS": "400", "KB_EMBEDDING_BATCH_SIZE": "4"}
    settings = settings_for(changed)
    client = make_client(settings)

    def writing_new_passages() -> bool:
        pointer = read_pointer(client, settings)
        if not pointer or not pointer.building:
            return False
        return client.get_collection(pointer.building).count() > before["chunks"] + 4

    kill_when(Started(["ingest"], changed), writing_new_passages)
    after = stats(changed)
    assert (after["generation"], after["chunks"], after["complete"]) == (before["generation"], before["chunks"], True)
    answer = kb(["ask", QUESTIONS[0], "--json"], changed)
    assert answer.returncode == 0 and not json.loads(answer.stdout).get("warnings")

    report = ingest(changed)  # picks up what the killed one wrote and finishes it
    assert report["generation"] and report["generation"] != before["generation"]
    assert indexed_chunk_ids(changed) == expected_chunk_ids(changed)
    assert collection_names(changed) == {report["generation"], pointer_name(settings)}


def test_killed_first_ingest_is_marked_incomplete_then_finished(small_env: dict[str, str]) -> None:
    env = small_env
    slow = {**env, "KB_CHUNK_MAX_CHARS": "400", "KB_EMBEDDING_BATCH_SIZE": "4"}
    settings = settings_for(slow)
    client = make_client(settings)

    def serving_part_of_it() -> bool:
        pointer = read_pointer(client, settings)
        return bool(pointer and pointer.current) and client.get_collection(pointer.current).count() >= 8

    kill_when(Started(["ingest"], slow), serving_part_of_it)
    text = kb(["stats"], slow)
    assert text.returncode == 0 and "onvolledig" in text.stdout
    assert stats(slow)["complete"] is False
    answer = kb(["ask", QUESTIONS[0], "--json"], slow)
    assert answer.returncode == 0, answer.stderr
    assert any("onvolledig" in w for w in json.loads(answer.stdout)["warnings"])
    served = Served(slow, "--index", "never")
    try:
        health = served.wait_ready()
        assert health["complete"] is False and any("onvolledig" in w for w in health["warnings"])
    finally:
        served.stop()

    report = ingest(slow)
    assert report["generation"]
    assert stats(slow)["complete"] is True
    assert indexed_chunk_ids(slow) == expected_chunk_ids(slow)
    assert not json.loads(kb(["ask", QUESTIONS[0], "--json"], slow).stdout).get("warnings")


# ---- the store goes away --------------------------------------------------------------------------------------
def test_chroma_server_stopped_and_started_again(env: dict[str, str], chroma: ChromaServer) -> None:
    env = {**env, "KB_CHROMA_URL": chroma.url, "KB_CHROMA_TIMEOUT": "3"}
    ingest(env)
    served = Served(env)
    try:
        served.wait_ready()
        assert served.ask(QUESTIONS[0]).status_code == 200
        chroma.stop()
        for response in (served.ask(QUESTIONS[1]), httpx.get(f"{served.url}/healthz", timeout=30)):
            assert response.status_code == 503
            body = response.json()
            assert body["status"] == "unavailable" and "niet bereikbaar" in body["message"]
            assert response.headers["retry-after"]
        chroma.start()  # same port, same data: the app recovers without a restart
        deadline = time.time() + 30
        while served.ask(QUESTIONS[1]).status_code != 200:
            assert time.time() < deadline, "no recovery after the store came back"
            time.sleep(0.5)
        assert httpx.get(f"{served.url}/healthz", timeout=30).status_code == 200

        chroma.pause()  # hung, not gone: requests time out after KB_CHROMA_TIMEOUT instead of hanging
        try:
            started = time.time()
            response = served.ask(QUESTIONS[2])
            assert response.status_code == 503 and response.json()["status"] == "unavailable"
            assert time.time() - started < 20
        finally:
            chroma.resume()
        assert served.ask(QUESTIONS[2]).status_code == 200
    finally:
        served.stop()


def test_app_starts_before_its_chroma_server(env: dict[str, str], tmp_path: Path) -> None:
    chroma = ChromaServer(tmp_path / "late-chroma")
    env = {**env, "KB_CHROMA_URL": chroma.url}
    served = Served(env, "--index", "missing")
    try:
        deadline = time.time() + 120
        while True:  # the app is up (it answers) but its store is not
            assert time.time() < deadline, "kb serve never answered"
            try:
                response = httpx.get(f"{served.url}/healthz", timeout=10)
                if response.json().get("status") == "unavailable":
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        assert response.status_code == 503 and "niet bereikbaar" in response.json()["message"]
        chroma.start()
        assert served.wait_ready()["documents"] == len(load_corpus(Path(env["KB_CORPUS_DIR"]))[0])
    finally:
        served.stop()
        chroma.stop()


# ---- bounded documents -----------------------------------------------------------------------------------------
def test_oversized_and_duplicate_files_are_named_and_skipped(env: dict[str, str], corpus: Path,
                                                             tmp_path: Path) -> None:
    folder = tmp_path / "eigen"
    folder.mkdir()
    front = (corpus / "aanbesteding" / "minimumeis.md").read_text(encoding="utf-8")
    head, body = front.split("\n---\n", 1)
    (folder / "groot.md").write_text(head.replace("title: ", "title: Groot ") + "\n---\n" + body * 400,
                                     encoding="utf-8")  # ~2 MB of text
    (folder / "pagina.html").write_text("<html><body><main>" + "<p>Tekst over social return.</p>" * 300_000
                                        + "</main></body></html>", encoding="utf-8")  # ~9 MB
    (folder / "a.md").write_text(front, encoding="utf-8")
    (folder / "b.md").write_text(front.replace("## ", "## B ", 1), encoding="utf-8")
    small = {**env, "KB_MAX_DOCUMENT_CHARS": "200000"}
    result = kb(["ingest", str(folder)], small)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any("groot.md" in line and "te groot" in line for line in lines)
    assert any("pagina.html" in line and "te groot" in line for line in lines)
    assert any("b.md" in line and "titel komt ook voor in" in line and "a.md" in line for line in lines)
    assert "4 documenten" in result.stdout and "3 met fouten" in result.stdout
    indexed = {m["doc_id"] for m in get_all(open_collection(make_client(settings_for(small)), settings_for(small)),
                                            include=["metadatas"])["metadatas"]}
    assert any(d.endswith("/a.md") for d in indexed)
    assert not any(d.endswith(("/b.md", "/groot.md", "/pagina.html")) for d in indexed)

    # `kb corpus check` says the same about the same files.
    shutil_corpus = tmp_path / "check"
    (shutil_corpus / "aanbesteding").mkdir(parents=True)
    (shutil_corpus / "aanbesteding" / "groot.md").write_text((folder / "groot.md").read_text(encoding="utf-8"),
                                                           encoding="utf-8")
    (shutil_corpus / "aanbesteding" / "a.md").write_text(front, encoding="utf-8")
    (shutil_corpus / "aanbesteding" / "b.md").write_text(front, encoding="utf-8")
    check = kb(["corpus", "check", str(shutil_corpus)], small)
    assert check.returncode == 1
    assert "FOUT aanbesteding/groot.md: te groot" in check.stdout
    assert "FOUT aanbesteding/b.md: titel komt ook voor in aanbesteding/a.md" in check.stdout


def test_the_answerer_reads_a_bounded_number_of_passages(env: dict[str, str], corpus: Path) -> None:
    from kb.service import KnowledgeBase

    # One long document: the bodies of twelve other corpus documents one after the other.
    text = (corpus / "aanbesteding" / "minimumeis.md").read_text(encoding="utf-8")
    head = text.split("\n---\n", 1)[0].replace("title: ", "title: Bundel ")
    others = sorted(p for p in (BUNDLED / "praktijkvoorbeelden").glob("*.md") if p.name not in DOCS)[:12]
    bodies = [p.read_text(encoding="utf-8").split("\n---\n", 1)[1] for p in others]
    (corpus / "aanbesteding" / "lang.md").write_text(head + "\n---\n" + "\n".join(bodies), encoding="utf-8")
    probe = bodies[6].strip().split("\n\n")[1][:200]  # words from the middle of the long document
    settings = settings_for(env).model_copy(update={"answer_context": 6, "max_document_chars": 10**6})
    knowledge_base = KnowledgeBase(settings)
    report = knowledge_base.ingest()
    assert not report.errors, report.errors
    snapshot = knowledge_base.retriever.snapshot()
    assert len(snapshot.by_doc["aanbesteding/lang.md"]) > 30
    hits = knowledge_base.search(probe, k=5)
    assert "aanbesteding/lang.md" in {h.doc_id for h in hits}
    # the long document as the best one (whichever page's card the probe's words suit better)
    hits = sorted(hits, key=lambda h: h.doc_id != "aanbesteding/lang.md")
    context = knowledge_base.context(hits, snapshot)
    long_passages = [h for h in context if h.doc_id == "aanbesteding/lang.md"]
    assert 0 < len(long_passages) <= 6
    assert len(context) <= settings.answer_docs * 6
    nearest = min(int(h.metadata["chunk_index"]) for h in hits if h.doc_id == "aanbesteding/lang.md")
    assert nearest in {int(h.metadata["chunk_index"]) for h in long_passages}  # read around what was found
    assert not knowledge_base.ask("Wat is een minimumeis?").error


# ---- a data folder that cannot be written -------------------------------------------------------------------------
def _read_only_prefix() -> list[str]:
    """As root, permissions only bind without CAP_DAC_OVERRIDE: drop it for the child process."""
    return ["setpriv", "--inh-caps=-dac_override", "--bounding-set=-dac_override"] if os.geteuid() == 0 else []


def test_read_only_data_folder(env: dict[str, str]) -> None:
    ingest(env)
    data_dir = Path(env["KB_DATA_DIR"])
    subprocess.run(["chmod", "-R", "a-w", str(data_dir)], check=True)
    prefix = _read_only_prefix()
    try:
        asked = kb(["ask", QUESTIONS[0], "--json"], env, prefix=prefix)
        assert asked.returncode == 0, asked.stderr
        assert json.loads(asked.stdout)["citations"]
        assert "Traceback" not in asked.stderr
        notes = [line for line in asked.stderr.splitlines() if "alleen-lezen" in line]
        assert len(notes) == 1 and str(data_dir.resolve()) in notes[0]

        ingested = kb(["ingest"], env, prefix=prefix)
        assert ingested.returncode == 1 and "Traceback" not in ingested.stderr
        assert "alleen-lezen" in ingested.stderr and str(data_dir.resolve()) in ingested.stderr

        served = Served(env, prefix=prefix)  # the default on-start sync would have to write
        try:
            health = served.wait_ready()
            assert any("alleen-lezen" in w for w in health["warnings"])
            response = served.ask(QUESTIONS[0])
            assert response.status_code == 200 and response.json()["citations"]
            feedback = httpx.post(f"{served.url}/api/feedback", json={"question": "x", "answer": response.json(),
                                                                     "rating": 1}, timeout=30)
            assert feedback.status_code == 503
            assert "kan niet worden opgeslagen" in feedback.json()["message"]
        finally:
            log = served.stop()
        assert "Traceback" not in log
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(data_dir)], check=True)


# ---- load shedding ---------------------------------------------------------------------------------------------------
def test_a_full_gate_turns_questions_away_at_once_and_a_free_one_lets_them_wait() -> None:
    from app.shedding import AnswerGate
    from kb.errors import Busy

    gate = AnswerGate(workers=1, queue=1, wait=5.0)
    outcome: list[str] = []

    def waiting_question() -> None:
        with gate.slot():
            outcome.append("answered after waiting")

    with gate.slot():
        waiter = threading.Thread(target=waiting_question)
        waiter.start()
        time.sleep(0.3)  # the waiter now holds the only place in the queue
        started = time.perf_counter()
        with pytest.raises(Busy, match="Het is even druk, probeer het zo opnieuw") as refused, gate.slot():
            pass
        assert time.perf_counter() - started < 0.1 and refused.value.retry_after >= 1
    waiter.join(timeout=10)
    assert outcome == ["answered after waiting"]

    impatient = AnswerGate(workers=1, queue=4, wait=0.2)
    with impatient.slot(), pytest.raises(Busy), impatient.slot():
        pass
    assert impatient.turned_away == 1


def test_busy_app_answers_503_json_with_retry_after(env: dict[str, str]) -> None:
    from fastapi.testclient import TestClient

    from app.server import create_app
    from tests.test_api import wait_ready

    ingest(env)
    settings = settings_for(env).model_copy(update={"answer_workers": 1, "answer_queue": 0, "answer_wait": 0.0})
    with TestClient(create_app(settings, on_start="never", with_ui=False)) as client:
        wait_ready(client)
        with client.app.state.knowledge_base.gate.slot():  # every answerer busy
            response = client.post("/api/ask", json={"question": QUESTIONS[0]})
            assert response.status_code == 503
            assert response.json() == {"error": "busy", "status": "busy",
                                       "message": "Het is even druk, probeer het zo opnieuw."}
            assert int(response.headers["retry-after"]) >= 1
            assert client.get("/healthz").status_code == 200  # health is not an answer: never shed
        assert client.post("/api/ask", json={"question": QUESTIONS[0]}).status_code == 200


@pytest.mark.browser
def test_the_ui_says_when_it_is_busy_or_its_store_is_gone(env: dict[str, str], chroma: ChromaServer, browser) -> None:
    from types import SimpleNamespace

    import uvicorn

    from app.server import create_app
    from tests.browser_support import ask, free_port, open_app, wait_until_up

    env = {**env, "KB_CHROMA_URL": chroma.url}
    ingest(env)
    settings = settings_for(env).model_copy(update={"answer_workers": 1, "answer_queue": 0, "answer_wait": 0.0})
    app = create_app(settings, on_start="never")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_until_up(f"http://127.0.0.1:{port}", 120, poll=0.3)
        page = open_app(browser, SimpleNamespace(url=f"http://127.0.0.1:{port}"))
        with app.state.knowledge_base.gate.slot():  # every answerer busy
            ask(page, QUESTIONS[0])
        assert "Het is even druk, probeer het zo opnieuw" in page.locator("#kb-chat").inner_text()
        chroma.stop()
        ask(page, QUESTIONS[1])
        assert "niet bereikbaar" in page.locator("#kb-chat").inner_text()
        chroma.start()
        ask(page, QUESTIONS[2])
        assert "[1]" in page.locator("#kb-chat").inner_text().split("niet bereikbaar")[-1]
        page.close()
    finally:
        server.should_exit = True
        thread.join(timeout=30)


FULL_FOLDER = """set -e
mount -t tmpfs -o size=256m tmpfs "$KB_MOUNT"
cp -a "$KB_SOURCE" "$KB_DATA_DIR"
dd if=/dev/zero of="$KB_MOUNT/fill" bs=64k 2>/dev/null || true
exec "$@"
"""


def test_full_data_folder(env: dict[str, str], tmp_path: Path) -> None:
    """A data folder on a file system with no space left (a full tmpfs in a private mount namespace)."""
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "mount", "-t", "tmpfs", "tmpfs",
                            str(tmp_path)], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace here (needs root with CAP_SYS_ADMIN): {probe.stderr!r}")
    ingest(env)
    mount = tmp_path / "full"
    mount.mkdir()
    full = {**env, "KB_MOUNT": str(mount), "KB_SOURCE": env["KB_DATA_DIR"], "KB_DATA_DIR": str(mount / "data")}
    prefix = ["unshare", "-m", "--propagation", "private", "sh", "-c", FULL_FOLDER, "full-folder"]

    asked = kb(["ask", QUESTIONS[0], "--json"], full, prefix=prefix)
    assert asked.returncode == 0, asked.stderr
    assert json.loads(asked.stdout)["citations"] and "Traceback" not in asked.stderr
    notes = [line for line in asked.stderr.splitlines() if " is vol" in line]
    assert len(notes) == 1 and str(mount / "data") in notes[0]

    path = Path(env["KB_CORPUS_DIR"]) / "aanbesteding" / "minimumeis.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n## Nog een kop\n\nNog een zin om te schrijven.\n",
                    encoding="utf-8")
    ingested = kb(["ingest"], full, prefix=prefix)
    assert ingested.returncode == 1 and "Traceback" not in ingested.stderr
    assert " is vol" in ingested.stderr and str(mount / "data") in ingested.stderr


def test_serve_starts_while_another_ingest_writes(env: dict[str, str]) -> None:
    import fcntl

    ingest(env)
    lock = (Path(env["KB_DATA_DIR"]) / "ingest.lock").open("ab")
    fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as a running `kb ingest` holds it
    try:
        second = kb(["ingest"], env)
        assert second.returncode == 1 and "Er loopt al een ingest" in second.stderr
        served = Served(env)  # its on-start sync cannot run now; it serves the generation in service
        try:
            served.wait_ready()
            assert served.ask(QUESTIONS[0]).status_code == 200
        finally:
            served.stop()
    finally:
        lock.close()
