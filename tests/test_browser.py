"""The app in headless Chromium: `kb serve` builds its index on first start, then a user asks, filters,
gives feedback and browses (chat behaviour in test_chat.py, accessibility in test_accessibility.py)."""

from __future__ import annotations

import re
import sqlite3

import httpx
import pytest

from tests.browser_support import NARROW_DESKTOP, ask, open_app, open_tab, screenshot

pytestmark = pytest.mark.browser


def test_question_gets_a_cited_answer_with_source_cards(app_page) -> None:
    page = app_page
    ask(page, "Hoe werkt social return als minimumeis?")
    assert "[1]" in page.locator("#kb-chat").inner_text()
    cards = page.locator("#kb-sources .kb-card")
    assert cards.count() >= 1
    first = cards.first.inner_text()
    assert first.startswith("[1]") and "http" in first
    cards.first.locator("summary").click()
    assert cards.first.locator(".kb-passage").is_visible()
    screenshot(page, "chat")


def test_example_question_is_answered_as_a_list_with_one_citation_per_bullet(app_page) -> None:
    page = app_page
    ask(page, "Heb je voorbeelden van social return in de schoonmaak?")
    answer = page.locator('#kb-chat [data-testid="bot"]').last
    items = answer.locator("li")
    assert items.count() >= 2, answer.inner_text()
    for i in range(items.count()):
        markers = re.findall(r"\[(\d+)\]", items.nth(i).inner_text())
        assert len(markers) == 1, items.nth(i).inner_text()
    assert page.locator("#kb-sources .kb-card").count() >= items.count()
    screenshot(page, "chat-examples")


def test_filter_on_type_limits_the_sources(app_page) -> None:
    page = app_page
    page.get_by_text("Filters").click()
    page.locator("#kb-filter-type input").click()
    page.locator("#kb-filter-type li[role=option][aria-label=Praktijkvoorbeeld]").click()
    page.keyboard.press("Escape")
    page.wait_for_selector("#kb-filter-type .token")
    # the menu shows Dutch names, not the index's keys ("guidance", "praktijkvoorbeeld")
    assert page.locator("#kb-filter-type .token").inner_text().strip() == "Praktijkvoorbeeld"
    ask(page, "Heb je een voorbeeld uit de schoonmaak?")
    metas = page.locator("#kb-sources .kb-card-meta").all_inner_texts()
    assert metas and all(m.startswith("Praktijkvoorbeeld") for m in metas)


def test_feedback_lands_in_sqlite(app_page, served) -> None:
    page = app_page
    ask(page, "Heb je een praktijkvoorbeeld uit de schoonmaak?")
    page.locator("#kb-chat button[aria-label='Goed antwoord']").last.click()
    page.wait_for_function("() => document.querySelector('#kb-thanks').innerText.includes('opgeslagen')")
    rows = sqlite3.connect(served.data_dir / "feedback.sqlite3").execute(
        "SELECT rating, question, sources FROM feedback").fetchall()
    assert any(r[0] == 1 and "schoonmaak" in r[1] and r[2] != "[]" for r in rows)


def test_script_in_a_question_is_shown_as_text(app_page) -> None:
    page = app_page
    ask(page, "<script>window.__pwned = 1; alert(1)</script>"
              "<img src=x onerror='window.__pwned = 2'> Wat is social return?")
    assert "<script>" in page.locator("#kb-chat").inner_text()
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == []


def test_markdown_in_a_question_is_shown_literally(app_page) -> None:
    page = app_page
    ask(page, "[klik](javascript:alert(document.domain)) **vet** Wat is social return?")
    user = page.locator('#kb-chat [data-testid="user"]').last
    assert "[klik](javascript:alert(document.domain)) **vet**" in user.inner_text()
    assert user.locator("a, strong").count() == 0


def test_practice_examples_view(app_page) -> None:
    page = app_page
    open_tab(page, "Praktijkvoorbeelden")
    page.locator("#kb-example-search textarea, #kb-example-search input").first.fill("schoonmaak")
    page.locator("#kb-example-go").click()
    page.wait_for_function("() => document.querySelector('#kb-examples').innerText.includes('schoonmaak')")
    card = page.locator("#kb-examples .kb-card").first.inner_text()
    assert "Opdracht:" in card and "Resultaat:" in card
    page.locator("#kb-example-pick label").first.click()
    page.wait_for_function("() => document.querySelector('#kb-example-doc').innerText.includes('Resultaat')")
    assert "Bron:" in page.locator("#kb-example-doc").inner_text()


def _examples_count(served) -> int:
    return httpx.get(f"{served.url}/healthz").json()["per_type"]["praktijkvoorbeeld"]


def _count_line(page) -> str:
    return page.locator("#kb-examples .kb-count").inner_text()


def test_paging_reaches_every_example_and_counts_match(app_page, served) -> None:
    page = app_page
    total = _examples_count(served)
    open_tab(page, "Praktijkvoorbeelden")
    titles: list[str] = []
    while True:
        shown = page.locator("#kb-examples .kb-card-title").all_inner_texts()
        first = len(titles) + 1
        assert _count_line(page) == f"{total} praktijkvoorbeelden gevonden; u ziet {first} tot en met {first + len(shown) - 1}."
        assert page.locator("#kb-example-pick label").count() == len(shown)
        titles += shown
        next_button = page.locator("#kb-example-next")
        if not next_button.is_enabled():
            break
        before = _count_line(page)
        next_button.click()
        page.wait_for_function("b => document.querySelector('#kb-examples .kb-count').innerText !== b", arg=before)
    assert len(titles) == total and len(set(titles)) == total
    page.locator("#kb-example-previous").click()
    page.wait_for_function("() => document.querySelector('#kb-example-next:not([disabled])')")


def test_nonsense_finds_no_examples_and_labels_name_the_year_once(app_page) -> None:
    page = app_page
    open_tab(page, "Praktijkvoorbeelden")
    search = page.locator("#kb-example-search textarea, #kb-example-search input").first
    search.fill("qwertyzzz")
    search.press("Enter")
    page.wait_for_function("() => document.querySelector('#kb-examples').innerText.includes('Geen praktijkvoorbeelden')")
    assert page.locator("#kb-examples .kb-card").count() == 0
    search.fill("")
    page.locator("#kb-example-go").click()
    page.wait_for_selector("#kb-examples .kb-card")
    for label in page.locator("#kb-example-pick label").all_inner_texts() + \
            page.locator("#kb-examples .kb-card-title").all_inner_texts():
        assert not re.search(r"\((\d{4})\).*\(\1\)", label), label


def test_sources_table_fits_and_links_its_sources(browser, served) -> None:
    page = open_app(browser, served, NARROW_DESKTOP)
    open_tab(page, "Bronnen")
    page.wait_for_selector("#kb-source-table .kb-table tbody tr")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= NARROW_DESKTOP["width"]
    assert page.evaluate("() => document.querySelector('.kb-table').getBoundingClientRect().right") <= \
        NARROW_DESKTOP["width"]
    rows = page.locator("#kb-source-table tbody tr")
    documents = httpx.get(f"{served.url}/healthz").json()["documents"]
    assert rows.count() == documents
    assert page.locator("#kb-source-table tbody tr td:first-child a[href^='http']").count() == documents
    summary = page.locator("#kb-source-stats").inner_text()
    assert f"{documents} documenten" in summary.replace(".", "") and "Laatst bijgewerkt op" in summary
    assert "model" not in summary and not re.search(r"\d{4}-\d{2}-\d{2}T", summary)
    page.locator("#kb-source-reader input").click()
    page.locator("#kb-source-reader li[role=option]").first.click()
    page.wait_for_function("() => document.querySelector('#kb-source-doc').innerText.includes('Bron:')")
    page.close()


def test_a_misspelled_question_says_what_was_searched(app_page) -> None:
    page = app_page
    ask(page, "Wie valt onder de doelgoep?")
    answer = page.locator('#kb-chat [data-testid="bot"]').last.inner_text()
    assert "Gezocht op: doelgroep (u typte doelgoep)" in answer
