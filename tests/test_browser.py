"""The app in headless Chromium (Debian's /usr/bin/chromium driven by Playwright): `kb serve` in a
subprocess builds its index on first start, then a user asks, filters, browses and gives feedback."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kb.config import PROJECT_ROOT

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: installeer Debian's chromium (make browser)")
    data_dir = tmp_path_factory.mktemp("served") / "data"
    port = free_port()
    env = {**os.environ, "KB_DATA_DIR": str(data_dir), "KB_CHROMA_URL": "", "KB_PORT": str(port)}
    log = (tmp_path_factory.mktemp("log") / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "kb.cli", "serve"], env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 300
        while time.time() < deadline:
            assert process.poll() is None, "kb serve stopped"
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("kb serve did not become ready")
        yield url, data_dir
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def page(server: tuple[str, Path]):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(server[0] + "/", wait_until="load")
        page.wait_for_selector("#kb-question textarea", timeout=30_000)
        page.wait_for_function("() => { const e = document.querySelector('#kb-status');"
                               " return !e || e.offsetParent === null || !e.innerText.trim(); }", timeout=30_000)
        yield page
        browser.close()


def ask(page, question: str) -> None:
    """Type a question, send it, and wait until the app has answered (the handler clears the box)."""
    box = page.locator("#kb-question textarea")
    box.fill(question)
    page.locator("#kb-send").click()
    page.wait_for_function("() => document.querySelector('#kb-question textarea').value === ''", timeout=30_000)
    page.wait_for_function("() => !document.querySelector('#kb-chat .pending, #kb-chat .generating')")
    page.wait_for_timeout(300)


def test_question_gets_a_cited_answer_with_source_cards(page) -> None:
    ask(page, "Hoe werkt social return als minimumeis?")
    assert "[1]" in page.locator("#kb-chat").inner_text()
    cards = page.locator("#kb-sources .kb-card")
    assert cards.count() >= 1
    first = cards.first.inner_text()
    assert first.startswith("[1]") and "http" in first
    cards.first.locator("summary").click()
    assert cards.first.locator(".kb-passage").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)


def test_filter_on_type_limits_the_sources(page) -> None:
    page.get_by_text("Filters").click()
    page.locator("#kb-filter-type input").click()
    page.locator("#kb-filter-type li[role=option][aria-label=praktijkvoorbeeld]").click()
    page.keyboard.press("Escape")
    page.wait_for_selector("#kb-filter-type .token")
    assert page.locator("#kb-filter-type .token").inner_text().strip() == "praktijkvoorbeeld"
    ask(page, "Heb je een voorbeeld uit de schoonmaak?")
    metas = page.locator("#kb-sources .kb-card-meta").all_inner_texts()
    assert metas and all(m.startswith("Praktijkvoorbeeld") for m in metas)


def test_feedback_lands_in_sqlite(page, server: tuple[str, Path]) -> None:
    page.locator("#kb-chat button[aria-label='Like']").last.click()
    page.wait_for_function("() => document.querySelector('#kb-thanks').innerText.includes('opgeslagen')")
    rows = sqlite3.connect(server[1] / "feedback.sqlite3").execute(
        "SELECT rating, question, sources, filters FROM feedback").fetchall()
    assert any(r[0] == 1 and "schoonmaak" in r[1] and "praktijkvoorbeeld" in r[3] and r[2] != "[]" for r in rows)


def test_script_in_a_question_is_shown_as_text(page) -> None:
    ask(page, "<script>window.__pwned = 1; alert(1)</script>"
              "<img src=x onerror='window.__pwned = 2'> Wat is social return?")
    assert "<script>" in page.locator("#kb-chat").inner_text()
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []


def test_practice_examples_view(page) -> None:
    page.get_by_role("tab", name="Praktijkvoorbeelden").click()
    page.locator("#kb-example-search textarea, #kb-example-search input").first.fill("schoonmaak")
    page.locator("#kb-example-go").click()
    page.wait_for_selector("#kb-examples .kb-card", timeout=15_000)
    card = page.locator("#kb-examples .kb-card").first.inner_text()
    assert "Opdracht:" in card and "Resultaat:" in card
    page.locator("#kb-example-pick label").first.click()
    page.wait_for_function("() => document.querySelector('#kb-example-doc').innerText.includes('Resultaat')")
    assert "Bron:" in page.locator("#kb-example-doc").inner_text()
