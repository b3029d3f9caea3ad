"""Load benchmarks against a running `kb serve`: answers per second and latency at a number of
concurrent clients, and a rebuild (`kb ingest --rebuild`, a separate process) while clients ask.

Each client asks, waits for the answer, and asks again (a closed loop). Accepted answers (200) count
for answers/s and latency; a turned-away question (503, "Het is even druk") is counted apart and its
client waits the Retry-After seconds, as the UI asks people to; anything else is an error."""

from __future__ import annotations

import statistics
import subprocess
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import httpx


@dataclass
class LoadResult:
    clients: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, accepted answers only
    busy: int = 0
    errors: list[str] = field(default_factory=list)

    def row(self) -> dict[str, float | int]:
        ordered = sorted(self.latencies)
        p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)] if ordered else 0.0
        return {"clients": self.clients, "answers_per_s": round(len(ordered) / self.seconds, 2),
                "p50_ms": round(statistics.median(ordered) * 1000) if ordered else 0, "p95_ms": round(p95 * 1000),
                "answered": len(ordered), "busy_503": self.busy, "errors": len(self.errors)}


def run_clients(url: str, questions: Sequence[str], clients: int, seconds: float,
                until: threading.Event | None = None, once: bool = False) -> LoadResult:
    """*clients* closed-loop clients for *seconds* (or until *until* is set, or with *once* until every
    question was asked once)."""
    result = LoadResult(clients, seconds)
    lock = threading.Lock()
    stop = until or threading.Event()
    turn = iter(range(len(questions) if once else 10**9))

    def client() -> None:
        with httpx.Client(timeout=120) as http:
            while not stop.is_set():
                with lock:
                    i = next(turn, None)
                if i is None:
                    return
                question = questions[i % len(questions)]  # consecutive clients take consecutive questions
                started = time.perf_counter()
                try:
                    response = http.post(f"{url}/api/ask", json={"question": question})
                    status = response.status_code
                except httpx.HTTPError as exc:
                    status, response = 0, None
                    error = f"{type(exc).__name__}: {exc}"
                elapsed = time.perf_counter() - started
                with lock:
                    if status == 200:
                        result.latencies.append(elapsed)
                    elif status == 503:
                        result.busy += 1
                    else:
                        result.errors.append(error if status == 0 else f"HTTP {status}: {response.text[:200]}")
                if status == 503:
                    stop.wait(float(response.headers.get("retry-after", 1)))

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    if until is None and not once:
        time.sleep(seconds)
        stop.set()
    for thread in threads:
        thread.join()  # each request is bounded by the client timeout
    result.seconds = time.perf_counter() - started
    return result


def load_levels(url: str, questions: Sequence[str], levels: Sequence[int] = (1, 5, 10, 20),
                seconds: float = 20.0) -> list[dict[str, float | int | str]]:
    """A first round (every question once, 2 clients: nothing cached yet), then one row per number of
    clients asking the same questions again."""
    first = {"round": "first", **run_clients(url, questions, 2, 0, once=True).row()}
    return [first, *({"round": "repeat", **run_clients(url, questions, n, seconds).row()} for n in levels)]


def rebuild_under_load(url: str, questions: Sequence[str], command: list[str], env: dict[str, str],
                       clients: int = 5) -> dict[str, float | int | str]:
    """Clients ask while *command* (a `kb ingest --rebuild`) runs, and a few seconds past its end (the
    switch and the drop of the old generation)."""
    stop = threading.Event()
    box: dict[str, LoadResult] = {}
    asker = threading.Thread(target=lambda: box.setdefault("r", run_clients(url, questions, clients, 0, stop)))
    asker.start()
    time.sleep(2)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    rebuild_seconds = time.perf_counter() - started
    time.sleep(5)
    stop.set()
    asker.join()
    generation = httpx.get(f"{url}/healthz", timeout=30).json().get("generation", "")
    row = box["r"].row()
    return {**row, "rebuild_s": round(rebuild_seconds, 1), "rebuild_exit": done.returncode,
            "generation_after": generation}
