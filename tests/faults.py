"""Helpers for the soak and fault suite: a private corpus, `kb` commands and `kb serve` as separate
processes, a real `chroma run`, and clients that keep asking while something goes wrong."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Self

import httpx

from kb.config import PROJECT_ROOT, Settings
from tests.browser_support import free_port

BUNDLED = PROJECT_ROOT / "corpus"
# Ten documents from the bundled corpus: enough for real answers, small enough to rebuild in seconds.
DOCS = [
    "aanbesteding/minimumeis.md", "aanbesteding/gunningscriterium.md", "aanbesteding/percelenregeling.md",
    "aanbesteding/verband-met-voorwerp-van-de-opdracht.md", "aanbesteding/voorbehouden-opdracht-als-route.md",
    "aanbesteding/proportionaliteit-bij-social-return.md", "praktijk/monitoring-en-verantwoording.md",
    "toelichting/begrippenlijst.md", "praktijk/niet-nakomen.md", "praktijk/utrecht-bouwblokken.md",
]
QUESTIONS = ["Wat is een minimumeis bij social return?", "Hoe werkt social return als gunningscriterium?",
             "Wat is de percelenregeling?", "Wanneer is social return proportioneel?",
             "Wat is een voorbehouden opdracht?"]


def copy_corpus(root: Path, docs: list[str] = DOCS) -> Path:
    """The documents above (or some of them) and the corpus's embedding seed, under *root*."""
    for doc_id in docs:
        (root / doc_id).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BUNDLED / doc_id, root / doc_id)
    if (BUNDLED / "_embeddings").is_dir():
        shutil.copytree(BUNDLED / "_embeddings", root / "_embeddings")
    return root


def env_for(data_dir: Path, corpus_dir: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "KB_DATA_DIR": str(data_dir), "KB_CORPUS_DIR": str(corpus_dir), "KB_CHROMA_URL": "",
            **extra}


def settings_for(env: dict[str, str]) -> Settings:
    return Settings(data_dir=Path(env["KB_DATA_DIR"]), corpus_dir=Path(env["KB_CORPUS_DIR"]),
                    chroma_url=env.get("KB_CHROMA_URL") or None,
                    chunk_max_chars=int(env.get("KB_CHUNK_MAX_CHARS", 900)))


def kb(args: list[str], env: dict[str, str], timeout: float = 600,
       prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    """Run `kb ARGS` in a new process (optionally under *prefix*, e.g. setpriv)."""
    return subprocess.run([*(prefix or []), sys.executable, "-m", "kb.cli", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)


def _log_file() -> IO[str]:
    # A file, not a pipe: a chatty child must never block on a full pipe nobody reads.
    return tempfile.TemporaryFile("w+", encoding="utf-8")


class Started:
    """`kb ARGS` started in its own process, its output kept in a file."""

    def __init__(self, args: list[str], env: dict[str, str], prefix: list[str] | None = None) -> None:
        self.log = _log_file()
        self.process = subprocess.Popen([*(prefix or []), sys.executable, "-m", "kb.cli", *args], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT, text=True)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read()


class Served(Started):
    """`kb serve` in its own process."""

    def __init__(self, env: dict[str, str], *args: str, prefix: list[str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        super().__init__(["serve", "--port", str(self.port), *args], env, prefix)

    def wait_ready(self, seconds: float = 300) -> dict:
        deadline = time.time() + seconds
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"kb serve stopped: {self.output()[-3000:]}")
            try:
                response = httpx.get(f"{self.url}/healthz", timeout=5)
                if response.status_code == 200:
                    return response.json()
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise AssertionError("kb serve did not become ready")

    def ask(self, question: str, timeout: float = 60) -> httpx.Response:
        return httpx.post(f"{self.url}/api/ask", json={"question": question}, timeout=timeout)

    def stop(self) -> str:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        return self.output()


class ChromaServer:
    """A real `chroma run` on localhost that can be stopped and started again on the same port and data."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.url = f"http://localhost:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
        assert chroma, "the chroma command comes with the chromadb package"
        self.process = subprocess.Popen([chroma, "run", "--path", str(self.path), "--port", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise AssertionError("chroma run did not start")

    def pause(self) -> None:
        """Freeze the server: connections are still accepted, nothing is answered (a hung server)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None


@dataclass
class Clients:
    """*n* clients asking questions in a loop until stopped; every response is recorded."""

    url: str
    n: int = 5
    results: list[tuple[float, int, str]] = field(default_factory=list)  # (time, status, body or error)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(self.n)]

    def _run(self, number: int) -> None:
        with httpx.Client(timeout=60) as client:
            i = number
            while not self._stop.is_set():
                question = QUESTIONS[i % len(QUESTIONS)]
                i += 1
                try:
                    response = client.post(f"{self.url}/api/ask", json={"question": question})
                    record = (time.time(), response.status_code, response.text[:300])
                except httpx.HTTPError as exc:
                    record = (time.time(), 0, f"{type(exc).__name__}: {exc}")
                with self._lock:
                    self.results.append(record)

    def __enter__(self) -> Self:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=90)

    def statuses(self, since: float = 0.0) -> list[int]:
        with self._lock:
            return [status for at, status, _ in self.results if at >= since]

    def failures(self) -> list[tuple[float, int, str]]:
        with self._lock:
            return [r for r in self.results if r[1] not in (200, 503)]
