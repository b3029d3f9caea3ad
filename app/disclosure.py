"""Telling people they deal with an automated system (AI Act art. 50): the line on every page and the
`ai_disclosure` field of every API answer say the same thing."""

from __future__ import annotations

from typing import Any

from kb.config import Settings

HOW_IT_WORKS_PATH = "over"  # the page that explains how answers are made, relative to the app's root


def disclosure_text(settings: Settings) -> str:
    """One Dutch sentence that says who or what made the answer."""
    if settings.answerer == "extractive":
        return ("Antwoorden worden automatisch door software samengesteld uit zinnen van de genoemde bronnen; "
                "er kijkt geen mens mee. Controleer de bronnen voordat u een antwoord gebruikt.")
    return ("Antwoorden worden gemaakt door een taalmodel (AI) op basis van de genoemde bronnen; er kijkt geen "
            "mens mee en een taalmodel kan fouten maken. Controleer de bronnen voordat u een antwoord gebruikt.")


def ai_disclosure(settings: Settings, base_url: str) -> dict[str, Any]:
    """The `ai_disclosure` field of an API answer: the sentence, how the answer was made, and a link."""
    return {"text": disclosure_text(settings),
            "method": "extractive" if settings.answerer == "extractive" else "language_model",
            "how_it_works": base_url.rstrip("/") + "/" + HOW_IT_WORKS_PATH}


def disclosure_html(settings: Settings, root: str = "") -> str:
    """The visible line on top of every page with a link to how it works (*root*: the relative way
    up to the app's root, '' on pages at the root)."""
    from html import escape

    return (f"<p class='kb-ai-disclosure'><strong>Automatisch antwoord.</strong> {escape(disclosure_text(settings))} "
            f"<a href='{root}{HOW_IT_WORKS_PATH}'>Hoe werkt dit?</a></p>")
