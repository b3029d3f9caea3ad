"""Chat behaviour in the browser: reset, feedback against the right question, quick submissions, text
typed while an answer is on its way, and Dutch messages when the connection or the server fails."""

from __future__ import annotations

import sqlite3
import time

import pytest

from tests.browser_support import answered, ask, open_app, wait_for_answers

pytestmark = pytest.mark.browser


def _feedback_rows(served) -> list[tuple]:
    return sqlite3.connect(served.data_dir / "feedback.sqlite3").execute(
        "SELECT rating, question, comment FROM feedback ORDER BY id").fetchall()


def test_reset_empties_the_chat_and_feedback_goes_to_the_new_question(browser, served) -> None:
    page = open_app(browser, served)
    ask(page, "Wat is de percelenregeling?")
    page.locator("#kb-reset").click()
    page.wait_for_function("() => document.querySelectorAll('#kb-chat [data-testid=\"bot\"]').length === 0")
    assert "verschijnen hier" in page.locator("#kb-sources").inner_text()
    assert page.locator("#kb-chat-status").inner_text().startswith("Nieuw gesprek")
    # a comment right after the reset belongs to no answer
    page.get_by_text("Opmerking bij het laatste antwoord").click()
    page.locator("#kb-remark textarea, #kb-remark input").first.fill("hoort nergens bij")
    page.locator("#kb-remark-send").click()
    page.wait_for_function("() => document.querySelector('#kb-thanks').innerText.includes('Stel eerst een vraag')")
    ask(page, "Wat is een voorbehouden opdracht?")
    before = len(_feedback_rows(served))
    page.locator("#kb-chat button[aria-label='Goed antwoord']").last.click()
    page.wait_for_function("() => document.querySelector('#kb-thanks').innerText.includes('beoordeling is opgeslagen')")
    rows = _feedback_rows(served)[before:]
    assert [(r[0], r[1]) for r in rows] == [(1, "Wat is een voorbehouden opdracht?")]
    # the new conversation does not carry the old question as context
    assert page.locator('#kb-chat [data-testid="user"]').count() == 1
    page.close()


def test_five_quick_submissions_are_all_answered_in_order(browser, served) -> None:
    page = open_app(browser, served)

    def slow(route) -> None:  # a busy server: every request to the app waits 0.4 s
        time.sleep(0.4)
        route.continue_()

    page.route("**/gradio_api/**", slow)
    questions = ["Wat is social return?", "Wat is een minimumeis?", "Wat is de PSO?",
                 "Wat is een voorbehouden opdracht?", "Wat is de percelenregeling?"]
    box = page.locator("#kb-question textarea")
    for number, question in enumerate(questions):
        box.fill(question)
        # Enter and the button, mixed, as fast as Playwright types
        box.press("Enter") if number % 2 == 0 else page.locator("#kb-send").click()
    wait_for_answers(page, len(questions), timeout=120_000)
    shown = page.locator('#kb-chat [data-testid="user"]').all_inner_texts()
    assert [s.strip() for s in shown] == questions
    assert answered(page) == len(questions)
    page.close()


def test_text_typed_while_an_answer_is_on_its_way_stays(browser, served) -> None:
    page = open_app(browser, served)
    box = page.locator("#kb-question textarea")
    box.fill("Welke routes zijn er om social return in een aanbesteding op te nemen?")
    box.press("Enter")
    page.wait_for_function("() => document.querySelector('#kb-question textarea').value === ''")
    box.type("En bij diensten?")
    wait_for_answers(page, 1)
    assert box.input_value() == "En bij diensten?"
    # an empty submission is not a question
    box.fill("")
    page.locator("#kb-send").click()
    page.wait_for_function("() => document.querySelector('#kb-chat-status').innerText.includes('Typ eerst')")
    assert page.locator('#kb-chat [data-testid="user"]').count() == 1
    page.close()


def test_lost_connection_gets_a_dutch_message_and_no_indexing_banner(browser, served) -> None:
    page = open_app(browser, served)
    ask(page, "Wat is social return?")
    page.context.set_offline(True)
    page.route("**/*", lambda route: route.abort())
    page.locator("#kb-question textarea").fill("Wat is een minimumeis?")
    page.locator("#kb-send").click()
    page.wait_for_selector(".toast-body", timeout=30_000)
    toast = page.locator(".toast-body").first.inner_text()
    assert "verbinding" in toast.lower() and "connection" not in toast.lower(), toast
    banner = page.locator("#kb-status")
    assert banner.count() == 0 or "indexeren" not in banner.inner_text()
    page.unroute("**/*")
    page.context.set_offline(False)
    page.close()
