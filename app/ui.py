"""The Gradio UI: a header that says what this is and that answers are made by software, then the tabs
"Vraag het" (chat with sources, app/chat.py), "Praktijkvoorbeelden" and "Bronnen" (app/browse.py) and
"Plannen" (app/plan_tab.py).
Layout and formatting only; every question, search and listing is asked of the knowledge base."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from app import format as fmt
from app.browse import ExamplesTab, SourcesTab, facet_values
from app.chat import STARTERS, chat_tab
from app.disclosure import disclosure_html
from app.plan_tab import build_plan_tab
from kb.config import Settings
from kb.feedback import FeedbackStore
from kb.service import KnowledgeBase

__all__ = ["STARTERS", "build_ui"]

FOOTER = ("<nav class='kb-footer' aria-label='Over deze site'><a href='over'>Hoe werkt deze kennisbank?</a> · "
          "<a href='over#privacy'>Privacy</a> · <a href='toegankelijkheid'>Toegankelijkheid</a></nav>")


def build_ui(knowledge_base: KnowledgeBase, status: Any, feedback: FeedbackStore, settings: Settings) -> gr.Blocks:
    """The Blocks app; the filter menus fill in once the index is ready."""
    with gr.Blocks(title="Social Return kennisbank", analytics_enabled=False) as blocks:
        gr.HTML("<header class='kb-header'><h1>Social Return kennisbank</h1>"
                "<p>Vragen over social return (SROI) in aanbestedingen. Elk antwoord komt uit de bronnen die "
                "erbij staan; controleer ze voor gebruik.</p></header>" + disclosure_html(settings), padding=False)
        # Empty until the server says otherwise: a page reloaded after a lost connection must not claim
        # the index is being built.
        banner = gr.Markdown("", visible=False, elem_id="kb-status")
        timer = gr.Timer(1.0)
        with gr.Tabs(overflow_behavior="wrap", elem_id="kb-tabs"):
            with gr.Tab("Vraag het", id="vraag"):
                chat_menus = chat_tab(knowledge_base, status, feedback, settings)
            with gr.Tab("Praktijkvoorbeelden", id="voorbeelden"):
                examples = ExamplesTab(knowledge_base, status)
            with gr.Tab("Bronnen", id="bronnen"):
                sources = SourcesTab(knowledge_base, status)
            build_plan_tab(knowledge_base, Path(tempfile.mkdtemp(prefix="kb-plan-")))
        gr.HTML(FOOTER, padding=False)

        def poll():
            if status.ready:
                values = facet_values(knowledge_base)
                return (gr.update(value="", visible=False), gr.Timer(active=False),
                        gr.update(choices=fmt.facet_choices("type", values["types"])),
                        gr.update(choices=fmt.facet_choices("sector", values["sectors"])),
                        gr.update(choices=fmt.facet_choices("instrument", values["instruments"])),
                        *examples.menu_updates(values), *sources.menu_updates(values),
                        *sources.browse("", ""), *examples.first_page("", "", "", "", "")[1:])
            banner_text = f"⏳ {status.message}" if status.state == "building" else f"⚠ {status.message}"
            return (gr.update(value=banner_text, visible=True), gr.Timer(active=True),
                    *[gr.update()] * (3 + 6 + 3 + 5))

        poll_outputs = [banner, timer, chat_menus["types"], chat_menus["sectors"], chat_menus["instruments"],
                        *examples.menus(), *sources.menus(), *sources.outputs(), *examples.outputs()]
        timer.tick(poll, None, poll_outputs, show_progress="hidden")
        blocks.unload(chat_menus["conversations"].drop)
        blocks.load(poll, None, poll_outputs, show_progress="hidden")
    return blocks
