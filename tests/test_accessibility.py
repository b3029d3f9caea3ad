"""WCAG 2.1 AA in the browser: axe-core on every tab, before and after an answer, on a desktop and a
phone viewport (0 critical, 0 serious), plus what axe cannot see: Dutch names, keyboard paths, tabs
on a phone, the sources right after the answer. Screenshots of every tab go to test-artifacts/."""

from __future__ import annotations

import json
import re

import pytest

from app.pages import AXE_VERSION
from kb.config import PROJECT_ROOT
from tests.browser_support import (
    DESKTOP,
    MOBILE,
    ask,
    axe_violations,
    describe,
    open_app,
    open_tab,
    screenshot,
    serious,
)

pytestmark = pytest.mark.browser
TABS = ["Vraag het", "Praktijkvoorbeelden", "Bronnen"]  # at least these; tab_names() finds any others


def tab_names(page) -> list[str]:
    """Every tab the app has (a tab added later is checked too)."""
    names = [t.strip() for t in page.get_by_role("tab").all_inner_texts()]
    assert set(TABS) <= set(names), names
    return names
ENGLISH = re.compile(r"\b(Textbox|Clear|Copy|Like|Dislike|More tabs|chatbot|conversation|Table actions|Fullscreen|"
                     r"Loading|processing|Submit|Download|Remove|Error|Dropdown|message|Scroll)\b", re.IGNORECASE)


@pytest.mark.parametrize("viewport", ["desktop", "mobile"])
def test_axe_finds_nothing_serious_on_any_tab_before_and_after_an_answer(browser, served, viewport: str) -> None:
    page = open_app(browser, served, DESKTOP if viewport == "desktop" else MOBILE)
    found = {}
    for moment in ("voor", "na"):
        if moment == "na":
            open_tab(page, "Vraag het")
            ask(page, "Wat is een voorbehouden opdracht?")
        for tab in tab_names(page):
            open_tab(page, tab)
            found[f"{viewport} {tab} ({moment} een antwoord)"] = serious(axe_violations(page))
            name = tab.lower().replace(" ", "-")
            # the chat tab whole; the long lists only as far as the first screen
            screenshot(page, f"{viewport}-{name}" + ("-antwoord" if moment == "na" else ""),
                       full_page=tab == "Vraag het")
    page.close()
    problems = {where: describe(v) for where, v in found.items() if v}
    assert not problems, "\n\n".join(f"{where}:\n{text}" for where, text in problems.items())


@pytest.mark.parametrize("path", ["/over", "/toegankelijkheid", "/beheer"])
def test_axe_finds_nothing_serious_on_the_other_pages(browser, served, path: str) -> None:
    for viewport in (DESKTOP, MOBILE):
        page = open_app(browser, served, viewport, path=path)
        violations = serious(axe_violations(page))
        assert not violations, describe(violations)
        assert page.evaluate("() => document.documentElement.lang") == "nl"
        assert page.locator("h1").count() == 1
        assert "automatisch" in page.locator(".kb-ai-disclosure").inner_text()
        page.close()


def test_page_is_dutch_with_one_heading_and_a_disclosure(browser, served) -> None:
    page = open_app(browser, served)
    assert page.evaluate("() => document.documentElement.lang") == "nl"
    assert page.locator("h1").count() == 1
    disclosure = page.locator(".kb-ai-disclosure")
    assert disclosure.is_visible() and "automatisch door software" in disclosure.inner_text()
    assert disclosure.locator("a").get_attribute("href") == "over"
    ask(page, "Wat is social return?")
    for tab in tab_names(page):
        open_tab(page, tab)
        names = page.evaluate("""() => [...document.querySelectorAll('button, input, textarea, select, a, [role]')]
            .filter(e => e.offsetParent !== null)
            .map(e => [e.getAttribute('aria-label') || '', e.getAttribute('title') || '',
                       e.getAttribute('placeholder') || '', e.tagName === 'BUTTON' ? e.innerText : ''].join(' | '))""")
        english = [n for n in names if ENGLISH.search(n)]
        assert not english, f"{tab}: {english}"
    assert page.locator("#kb-question textarea").evaluate("e => e.labels[0]?.innerText || ''").strip() == "Uw vraag"
    page.close()


def test_keyboard_path_from_question_to_source_link(browser, served) -> None:
    page = open_app(browser, served)
    box = page.locator("#kb-question textarea")
    box.focus()
    box.type("Wat is een voorbehouden opdracht?")
    box.press("Enter")
    page.wait_for_selector("#kb-sources #kb-bron-1")
    page.wait_for_timeout(500)
    # Tab from the question box backwards into the answer until the [1] link has the focus
    box.focus()
    for _ in range(40):
        page.keyboard.press("Shift+Tab")
        if (page.evaluate("() => document.activeElement.getAttribute('href') || ''")).endswith("#kb-bron-1"):
            break
    else:
        pytest.fail("the [1] link in the answer cannot be reached with the keyboard")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus on the [1] link is not visible"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'kb-bron-1'")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('#kb-bron-1 a.kb-link')")
    assert page.evaluate("() => document.activeElement.href").startswith("http")
    page.close()


def test_every_control_shows_its_focus(browser, served) -> None:
    """Walk every tab with the Tab key: whatever has the focus shows an outline."""
    page = open_app(browser, served)
    ask(page, "Wat is een voorbehouden opdracht?")
    for tab in tab_names(page):
        open_tab(page, tab)
        page.get_by_role("tab", name=tab).focus()
        page.keyboard.press("Home") if tab == "Vraag het" else None
        seen = 0
        for _ in range(45):
            page.keyboard.press("Tab")
            focused = page.evaluate("""() => { const e = document.activeElement; if (!e || e === document.body) return null;
                const s = getComputedStyle(e);
                return {what: e.tagName + (e.id ? '#' + e.id : '') + ' ' + (e.getAttribute('aria-label') || e.innerText || '').slice(0, 40),
                        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; }""")
            if focused is None:  # Gradio's dropdowns hand the focus to the page for one Tab press
                continue
            seen += 1
            assert focused["outline"], f"{tab}: no visible focus on {focused['what']}"
        assert seen >= 5, f"{tab}: only {seen} controls reached with Tab"
    page.close()


def test_arrow_keys_move_between_tabs(browser, served) -> None:
    page = open_app(browser, served)
    first = page.get_by_role("tab", name="Vraag het")
    first.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.activeElement.innerText.trim() === 'Praktijkvoorbeelden'")
    assert page.get_by_role("tab", name="Praktijkvoorbeelden").get_attribute("aria-selected") == "true"
    page.keyboard.press("End")
    last = tab_names(page)[-1]
    page.wait_for_function("name => document.activeElement.innerText.trim() === name", arg=last)
    page.keyboard.press("Home")
    page.wait_for_function("() => document.activeElement.innerText.trim() === 'Vraag het'")
    # only the selected tab is in the Tab order (WAI-ARIA tabs pattern)
    page.wait_for_function("""name => [...document.querySelectorAll('[role=tab]')]
        .every(t => t.getAttribute('tabindex') === (t.innerText.trim() === 'Vraag het' ? '0' : '-1'))""", arg=last)
    page.close()


def test_phone_shows_every_tab_and_the_sources_after_the_answer(browser, served) -> None:
    page = open_app(browser, served, MOBILE)
    for name in tab_names(page):
        tab = page.get_by_role("tab", name=name)
        assert tab.is_visible()
        box = tab.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= MOBILE["width"]
    assert page.locator("[aria-label='More tabs'], [aria-label='Meer tabbladen']").filter(visible=True).count() == 0
    ask(page, "Wat is een voorbehouden opdracht?")
    answer_bottom = page.locator('#kb-chat').bounding_box()
    sources_top = page.locator("#kb-sources .kb-card").first.bounding_box()["y"]
    starters_top = page.get_by_role("button", name="Wat is social return?").bounding_box()["y"]
    assert sources_top < starters_top, "the sources should come before the starter questions"
    assert sources_top - (answer_bottom["y"] + answer_bottom["height"]) < 400
    assert page.evaluate("() => document.documentElement.scrollWidth") <= MOBILE["width"]
    page.close()


def test_the_statement_names_the_axe_version_the_tests_run() -> None:
    pinned = json.loads((PROJECT_ROOT / "tests" / "js" / "package.json").read_text())["dependencies"]["axe-core"]
    assert pinned.startswith(AXE_VERSION + ".")
