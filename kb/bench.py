"""Benchmarks: `python -m kb.bench` (or `make bench`). Prints the figures the issues ask for:
ingest time (cold and re-run), `kb ask` latency with the model loaded, peak memory of `kb ask`, time
from `kb serve` to the first answer (index present, and on an empty data folder as on a fresh clone),
the memory of the serving process, answers per second and latency at 1/5/10/20 concurrent clients,
and a rebuild while 5 clients ask (`--load-only` runs just the last two, `--seconds` sets the time
per client count)."""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from kb.config import PROJECT_ROOT, Settings
from kb.service import KnowledgeBase

QUESTIONS = [
    "Hoe neem ik social return op als gunningscriterium?", "Wat is een minimumeis bij social return?",
    "Wat is een voorbehouden opdracht?", "Hoe werkt de percelenregeling?", "Wat is Maatwerk voor Mensen?",
    "Welke doelgroepen tellen mee voor social return?", "Wat is de Prestatieladder Socialer Ondernemen?",
    "Wat gebeurt er als een opdrachtnemer de social-returnverplichting niet nakomt?",
    "Is social return bij leveringen proportioneel?", "Wat is het bouwblokkenmodel?",
    "Heb je een voorbeeld uit de schoonmaak?", "Wat zegt artikel 2.82 van de Aanbestedingswet?",
    "Hoe monitor je social return na gunning?", "Wat is de Wet banenafspraak?",
    "Welke proeftuinen had het Rijk?", "Wat is de Friese Eis?", "Wat is Buy Social?",
    "What is social return on investment?", "Hoe werkt social return bij Rijkswaterstaat?",
    "Wat vond de Rekenkamer Rotterdam over social return?",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(data_dir: Path) -> dict[str, str]:
    return {**os.environ, "KB_DATA_DIR": str(data_dir), "KB_CHROMA_URL": ""}


def _kb_command() -> list[str]:
    return [sys.executable, "-m", "kb.cli"]


def bench_ingest(data_dir: Path) -> dict[str, float]:
    out = {}
    for label in ("cold", "rerun"):
        started = time.perf_counter()
        subprocess.run([*_kb_command(), "ingest", "--json"], env=_env(data_dir), check=True,
                       capture_output=True)
        out[f"ingest_{label}_s"] = round(time.perf_counter() - started, 2)
    return out


def bench_ask(data_dir: Path) -> dict[str, float]:
    knowledge_base = KnowledgeBase(Settings(data_dir=data_dir, chroma_url=None))
    started = time.perf_counter()
    knowledge_base.warm_up()
    load = time.perf_counter() - started
    latencies = []
    for question in QUESTIONS:
        started = time.perf_counter()
        knowledge_base.ask(question)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    # peak memory of one `kb ask` process, from the kernel's accounting of finished children
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run([*_kb_command(), "ask", QUESTIONS[0], "--json"], env=_env(data_dir), check=True,
                   capture_output=True)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"load_s": round(load, 2), "ask_median_ms": round(statistics.median(latencies), 1),
            "ask_p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))], 1),
            "kb_ask_process_s": round(wall, 2), "kb_ask_peak_rss_mb": round(max(peak, before) / 1024, 1)}


@contextmanager
def _served(data_dir: Path, *options: str) -> Iterator[tuple[subprocess.Popen, str, float]]:
    """A `kb serve` process on a free port for *data_dir*, ready (/healthz 200): (process, url, started)."""
    port = _free_port()
    started = time.perf_counter()
    process = subprocess.Popen([*_kb_command(), "serve", "--port", str(port), *options], env=_env(data_dir),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - started > 300:
                raise RuntimeError("kb serve did not become ready")
            time.sleep(0.1)
        yield process, url, started
    finally:
        process.terminate()
        process.wait(timeout=20)


def _first_answer(url: str, started: float) -> float:
    """Seconds from *started* until the app has answered its first question."""
    httpx.post(f"{url}/api/ask", json={"question": QUESTIONS[0]}, timeout=30).raise_for_status()
    return round(time.perf_counter() - started, 2)


def bench_fresh_serve() -> dict[str, float]:
    """`kb serve` on an empty data folder (as on a fresh clone) to its first answer."""
    data_dir = Path(tempfile.mkdtemp(prefix="kb-fresh-")) / "data"
    try:
        with _served(data_dir) as (_, url, started):
            return {"serve_fresh_to_first_answer_s": _first_answer(url, started)}
    finally:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


def bench_serve(data_dir: Path) -> dict[str, float]:
    with _served(data_dir) as (process, url, started):
        first_answer = _first_answer(url, started)
        for question in QUESTIONS:
            httpx.post(f"{url}/api/ask", json={"question": question}, timeout=30)
        status = Path(f"/proc/{process.pid}/status").read_text()
        fields = {line.split(":")[0]: line.split()[1] for line in status.splitlines() if line.startswith("Vm")}
        return {"serve_to_first_answer_s": first_answer,
                "serve_rss_mb": round(int(fields["VmRSS"]) / 1024, 1),
                "serve_peak_rss_mb": round(int(fields["VmHWM"]) / 1024, 1)}


def load_questions() -> list[str]:
    """The questions above and those of the held-out, tuning and out-of-scope sets: a mix of easy, hard
    and unanswerable questions, as a served app gets them."""
    questions = list(QUESTIONS)
    for name in ("heldout", "tune", "out_of_scope"):
        path = PROJECT_ROOT / "tests" / "data" / f"{name}.jsonl"
        if path.exists():
            questions += [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines()
                          if line.strip()]
    return list(dict.fromkeys(questions))


def bench_load(data_dir: Path, seconds: float) -> dict[str, object]:
    """Answers/s and latency at 1/5/10/20 clients, then a rebuild under load, against `kb serve`."""
    from kb.loadbench import load_levels, rebuild_under_load

    with _served(data_dir, "--index", "never") as (_, url, _started):
        questions = load_questions()
        levels = load_levels(url, questions, seconds=seconds)
        rebuild = rebuild_under_load(url, questions, [*_kb_command(), "ingest", "--rebuild", "--json"],
                                     _env(data_dir))
        return {"questions": len(questions), "load": levels, "rebuild_under_load": rebuild}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m kb.bench")
    parser.add_argument("--load-only", action="store_true", help="only the load and rebuild-under-load figures")
    parser.add_argument("--seconds", type=float, default=20.0, help="seconds per number of clients")
    args = parser.parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="kb-bench-")) / "data"
    try:
        results: dict[str, object] = {"corpus": str(PROJECT_ROOT / "corpus"), "cpus": os.cpu_count()}
        if args.load_only:
            subprocess.run([*_kb_command(), "ingest", "--json"], env=_env(data_dir), check=True, capture_output=True)
        else:
            results.update(bench_ingest(data_dir))
            results.update(bench_ask(data_dir))
            results.update(bench_serve(data_dir))
            results.update(bench_fresh_serve())
        results.update(bench_load(data_dir, args.seconds))
        print(json.dumps(results, indent=2))
    finally:
        shutil.rmtree(data_dir.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
