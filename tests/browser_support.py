"""What the browser tests share: one `kb serve` for the whole session (it builds its own index on first
start, with a content owner's token set), headless Debian Chromium driven by Playwright, axe-core from
npm (tests/js, installed by `make test`), and small helpers that act like a user."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from kb.config import PROJECT_ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts"
AXE_JS = PROJECT_ROOT / "tests" / "js" / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ADMIN_TOKEN = "test-beheer-token-7f3a"
DESKTOP = {"width": 1400, "height": 1000}
NARROW_DESKTOP = {"width": 1214, "height": 900}
MOBILE = {"width": 390, "height": 844}


@dataclass
class Served:
    url: str
    data_dir: Path
    process: subprocess.Popen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, timeout: float, process: subprocess.Popen | None = None, path: str = "/healthz",
                  poll: float = 0.5) -> None:
    """Until `url + path` answers 200 (the app is ready); fails the test after *timeout* seconds or when
    *process* stopped."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        assert process is None or process.poll() is None, "kb serve stopped"
        try:
            if httpx.get(f"{url}{path}", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(poll)
    pytest.fail(f"{url}{path} did not become ready")


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`kb serve` in a subprocess, ready to answer."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: installeer Debian's chromium (make browser)")
    data_dir = tmp_path_factory.mktemp("served") / "data"
    port = free_port()
    env = {**os.environ, "KB_DATA_DIR": str(data_dir), "KB_CHROMA_URL": "", "KB_PORT": str(port),
           "KB_ADMIN_TOKEN": ADMIN_TOKEN}
    log = (tmp_path_factory.mktemp("log") / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "kb.cli", "serve"], env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, 600, process)
        yield Served(url, data_dir, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:  # a browser still holds a stream open
            process.kill()
            process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_app(browser, served: Served, viewport: dict[str, int] = DESKTOP, path: str = "/"):
    """A fresh page (its own session) on the app, loaded and past the indexing banner."""
    page = browser.new_page(viewport=viewport)
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(served.url + path, wait_until="load")
    if path == "/":
        page.wait_for_selector("#kb-question textarea", timeout=30_000)
        page.get_by_text("Stel een vraag over social return, of kies een startvraag.").wait_for(timeout=30_000)
        # the menus and lists fill in from the first status poll, right after the page loads
        page.wait_for_timeout(1500)
    return page


@pytest.fixture
def app_page(browser, served: Served):
    page = open_app(browser, served)
    yield page
    page.close()


def answered(page) -> int:
    """How many answers the chat shows (not counting questions still waiting)."""
    return page.evaluate("""() => [...document.querySelectorAll('#kb-chat [data-testid="bot"]')]
        .filter(m => !m.innerText.includes('Bezig met zoeken in de bronnen')).length""")


def ask(page, question: str, submit: str = "click") -> None:
    """Type a question, send it (button or Enter), and wait for its answer."""
    before = answered(page)
    box = page.locator("#kb-question textarea")
    box.fill(question)
    if submit == "enter":
        box.press("Enter")
    else:
        page.locator("#kb-send").click()
    wait_for_answers(page, before + 1)


def wait_for_answers(page, count: int, timeout: int = 60_000) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function("""n => {
            const bots = [...document.querySelectorAll('#kb-chat [data-testid="bot"]')];
            return bots.length >= n && !bots.some(m => m.innerText.includes('Bezig met zoeken in de bronnen'));
        }""", arg=count, timeout=timeout)
    except PlaywrightTimeout:
        asked = page.locator('#kb-chat [data-testid="user"]').all_inner_texts()
        pytest.fail(f"{count} answers expected, {answered(page)} shown; questions shown: {asked}; "
                    f"status: {page.locator('#kb-chat-status').inner_text()!r}")
    page.wait_for_timeout(300)


def open_tab(page, name: str) -> None:
    """Select a tab (Gradio renders a tab's contents only once it is selected) and wait for its lists."""
    page.get_by_role("tab", name=name).click()
    ready = {"Praktijkvoorbeelden": "#kb-examples .kb-card, #kb-examples .kb-empty",
             "Bronnen": "#kb-source-table .kb-table, #kb-source-table .kb-empty"}.get(name)
    if ready:
        page.wait_for_selector(ready, timeout=30_000)
    page.wait_for_timeout(300)


def axe_violations(page, context: str = "document") -> list[dict]:
    """axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now."""
    if not AXE_JS.exists():
        pytest.fail("axe-core ontbreekt: draai `make test` (of npm ci --prefix tests/js)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    return page.evaluate("""async ([context, tags]) => {
        const result = await axe.run(context === 'document' ? document : document.querySelector(context),
                                     {runOnly: {type: 'tag', values: tags}});
        return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').slice(0, 160))}));
    }""", [context, AXE_TAGS])


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("critical", "serious")]


def describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']}: {v['help']}\n  " + "\n  ".join(v["nodes"]) for v in violations)


def screenshot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
