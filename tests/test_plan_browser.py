"""The Plannen tab in headless Chromium: `kb serve` without an index (plans need only the rule files), a
user fills the form with the keyboard, sees the amount and a citation, and downloads the Word memo."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from tests.browser_support import ARTIFACTS, CHROMIUM, free_port, wait_until_up

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def plan_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium ontbreekt: installeer Debian's chromium (make browser)")
    port = free_port()
    env = {**os.environ, "KB_DATA_DIR": str(tmp_path_factory.mktemp("plan-served") / "data"), "KB_CHROMA_URL": "",
           "KB_PORT": str(port)}
    log = (tmp_path_factory.mktemp("log") / "serve.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "kb.cli", "serve", "--index", "never"], env=env,
                               stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, 120, process, path="/")  # no index here: /healthz stays 503, the page is up
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="module")
def page(plan_server: str, browser):
    # the session's browser (tests/browser_support.py): one Playwright per process
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.goto(plan_server + "/", wait_until="load")
    page.get_by_role("tab", name="Plannen").click()
    page.wait_for_selector("#kb-plan-value textarea, #kb-plan-value input", timeout=30_000)
    yield page
    context.close()


def test_every_plan_field_has_a_label(page) -> None:
    unlabelled = page.evaluate("""() => {
        const tab = document.querySelector('#kb-plan-go').closest('[role=tabpanel]') || document;
        return [...tab.querySelectorAll('input, textarea, select')]
          .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
          .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                       && !e.getAttribute('aria-labelledby'))
          .map(e => e.outerHTML.slice(0, 120));
    }""")
    assert unlabelled == []
    for label in ("Soort opdracht", "Opdrachtwaarde in euro's", "Looptijd in jaren", "Sector",
                  "Organisatie (opdrachtgever)", "Aandeel arbeid"):
        assert page.get_by_label(label).count() >= 1, label


def test_bad_value_gets_a_dutch_message(page) -> None:
    page.get_by_label("Opdrachtwaarde in euro's").fill("heel veel")
    page.get_by_role("button", name="Maak plan").click()
    alert = page.locator("#kb-plan-message [role=alert]")
    alert.wait_for(timeout=15_000)
    assert "geen bedrag" in alert.inner_text()


def choose(page, label: str, text: str) -> None:
    """Pick a value in a dropdown with the keyboard only: focus, type, arrow down, Enter."""
    box = page.get_by_label(label)
    box.focus()
    page.keyboard.press("Control+a")
    page.keyboard.type(text)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function("([label, text]) => document.querySelector(`input[aria-label=\"${label}\"]`).value === text",
                           arg=[label, text])


def test_fill_the_form_by_keyboard_and_see_amount_and_citation(page, tmp_path: Path) -> None:
    choose(page, "Soort opdracht (verplicht)", "werk")
    page.get_by_label("Looptijd in jaren").fill("4")
    organisation = page.get_by_label("Organisatie (opdrachtgever)")
    organisation.focus()
    page.keyboard.type("Gemeente Súdwest-Fryslân")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    value = page.get_by_label("Opdrachtwaarde in euro's")
    value.fill("20 miljoen")
    value.press("Enter")  # submit from the keyboard
    output = page.locator("#kb-plan-output")
    page.wait_for_function("() => document.querySelector('#kb-plan-output').innerText.includes('€ 300.000')",
                           timeout=30_000)
    text = output.inner_text()
    assert "2% × € 20.000.000 = € 400.000" in text and "€ 400.000 wordt € 300.000" in text
    assert "[1]" in text and "https://sudwestfryslan.nl/onderwerp/infosocialreturn/" in text
    assert "CONCEPT" in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "plan.png"), full_page=True)
    with page.expect_download() as download:
        page.locator("#kb-plan-download-docx").click()
    memo = tmp_path / "memo.docx"
    download.value.save_as(memo)
    paragraphs = "\n".join(p.text for p in docx.Document(str(memo)).paragraphs)
    assert "https://sudwestfryslan.nl/onderwerp/infosocialreturn/" in paragraphs and "[1]" in paragraphs


def test_the_button_works_from_the_keyboard(page) -> None:
    # A fresh form: on a page where a value was chosen by keyboard before, Gradio's dropdown does not
    # always take a second keyboard choice (a quirk of the component); this test is about the button.
    page.reload(wait_until="load")
    page.get_by_role("tab", name="Plannen").click()
    page.wait_for_selector("#kb-plan-value textarea, #kb-plan-value input", timeout=30_000)
    assert page.get_by_label("Soort opdracht (verplicht)").input_value() == "dienst"  # the default
    page.get_by_label("Opdrachtwaarde in euro's").fill("200000")
    page.get_by_role("button", name="Maak plan").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#kb-plan-output').innerText.includes('€ 200.000')",
                           timeout=30_000)
    assert "Social-returnplan: dienst van € 200.000" in page.locator("#kb-plan-output").inner_text()
