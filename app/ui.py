"""The Gradio UI: "Vraag het" (chat with sources), "Praktijkvoorbeelden", "Bronnen" and "Plannen" (app/plan_tab.py).
Layout and formatting only; every question, search and listing is asked of the knowledge base."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from app import format as fmt
from app.plan_tab import build_plan_tab, plan_offer_markdown
from kb.catalog import facets
from kb.config import Settings
from kb.errors import KBError
from kb.feedback import FeedbackStore
from kb.service import KnowledgeBase

STARTERS = [
    "Wat is social return?",
    "Welke routes zijn er om social return in een aanbesteding op te nemen?",
    "Hoe werkt social return bij het Rijk (Maatwerk voor Mensen)?",
    "Wat is een voorbehouden opdracht?",
    "Heb je een praktijkvoorbeeld uit de schoonmaak?",
]
THEME = gr.themes.Soft(font=["system-ui", "Segoe UI", "Arial", "sans-serif"],
                       font_mono=["ui-monospace", "Consolas", "monospace"])
CSS = """
.kb-card {border: 1px solid #d0d7de; border-radius: 8px; padding: 8px 12px; margin: 8px 0;}
.kb-card-title {font-weight: 600;}
.kb-card-meta {color: #57606a; font-size: 0.9em; margin-bottom: 4px;}
.kb-warning {color: #9a6700; font-size: 0.9em;}
.kb-passage {white-space: pre-wrap; font-size: 0.92em;}
.kb-empty {color: #57606a;}
"""
NO_FILTER = "(alle)"


def _choices(values: list[str]) -> list[str]:
    return [NO_FILTER, *values]


def _value(choice: str | None) -> str:
    return "" if not choice or choice == NO_FILTER else choice


def build_ui(knowledge_base: KnowledgeBase, status: Any, feedback: FeedbackStore, settings: Settings) -> gr.Blocks:
    """The Blocks app; the filter menus fill in once the index is ready."""
    exports = Path(tempfile.mkdtemp(prefix="kb-export-"))

    # ---- handlers: chat ---------------------------------------------------------------------------
    def ask(question: str, messages: list[dict], turns: list[dict], types: list[str], sectors: list[str],
            instruments: list[str]):
        question = question or ""
        filters = {"types": types or [], "sectors": sectors or [], "instruments": instruments or []}
        if not status.ready:
            reply = {"answer": status.message, "refused": True, "citations": []}
        else:
            history = [{"role": "user", "content": t["question"]} for t in turns]
            try:
                reply = knowledge_base.ask(question, filters=filters, history=history).as_json()
            except KBError as exc:  # busy, store unreachable: say so instead of spinning or failing
                reply = {"answer": str(exc), "refused": True, "citations": []}
        messages = [*messages, {"role": "user", "content": fmt.escape_markdown(question) or "…"},
                    {"role": "assistant", "content": fmt.chat_message(reply) + plan_offer_markdown(reply)}]
        turns = [*turns, {"question": question, "answer": reply, "filters": filters}]
        related = reply.get("related", [])[:3]
        buttons = [gr.update(value=title, visible=True) for title in related]
        buttons += [gr.update(visible=False)] * (3 - len(buttons))
        download = exports / f"antwoord-{len(turns)}.md"
        download.write_text(fmt.answer_markdown(question, reply), encoding="utf-8")
        return (messages, "", fmt.source_cards(reply, settings.stale_after_years), turns,
                *buttons, gr.update(value=str(download), visible=True))

    def turn_for(messages: list[dict], index: int) -> int:
        """The turn number of the assistant message at *index*."""
        return sum(1 for m in messages[: index + 1] if m["role"] == "assistant") - 1

    def like(data: gr.LikeData, messages: list[dict], turns: list[dict]) -> str:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        number = turn_for(messages, int(index))
        if not 0 <= number < len(turns):
            return ""
        liked = data.liked if isinstance(data.liked, bool) else str(data.liked).lower() == "like"
        turn = turns[number]
        try:
            feedback.add(rating=1 if liked else -1, question=turn["question"], answer=turn["answer"],
                         filters=turn["filters"])
        except KBError as exc:  # a read-only or full data folder
            return str(exc)
        return "Dank u, uw beoordeling is opgeslagen."

    def comment(text: str, turns: list[dict]):
        if not turns:
            return "Stel eerst een vraag; een opmerking hoort bij een antwoord.", text
        if not text.strip():
            return "Schrijf eerst een opmerking.", text
        turn = turns[-1]
        try:
            feedback.add(rating=0, question=turn["question"], answer=turn["answer"], comment=text,
                         filters=turn["filters"])
        except KBError as exc:  # a read-only or full data folder
            return str(exc), text
        return "Dank u, uw opmerking bij het laatste antwoord is opgeslagen.", ""

    def clear():
        return [], [], fmt.source_cards(None, settings.stale_after_years), "", *[gr.update(visible=False)] * 4

    # ---- handlers: status and menus ------------------------------------------------------------------
    def poll():
        if status.ready:
            values = facets(knowledge_base.documents())
            return (gr.update(value="", visible=False), gr.Timer(active=False),
                    gr.update(choices=values["types"]), gr.update(choices=values["sectors"]),
                    gr.update(choices=values["instruments"]),
                    gr.update(choices=_choices(values["sectors"])),
                    gr.update(choices=_choices(values["organisation_types"])),
                    gr.update(choices=_choices(values["instruments"])), gr.update(choices=_choices(values["years"])),
                    gr.update(choices=_choices(values["sections"])), gr.update(choices=_choices(values["types"])),
                    *browse(NO_FILTER, NO_FILTER), *find_examples("", NO_FILTER, NO_FILTER, NO_FILTER, NO_FILTER))
        banner = f"⏳ {status.message}" if status.state == "building" else f"⚠ {status.message}"
        return (gr.update(value=banner, visible=True), gr.Timer(active=True), *[gr.update()] * 13)

    # ---- handlers: practice examples and sources ---------------------------------------------------
    def find_examples(text: str, sector: str, org_type: str, instrument: str, year: str):
        if not status.ready:
            return fmt.example_cards([]), gr.update(choices=[])
        found = knowledge_base.find_examples(text or "", _value(sector), _value(org_type), _value(instrument),
                                             _value(year))
        choices = [(f"{d.title} ({d.year})" if d.year else d.title, d.doc_id) for d in found]
        return fmt.example_cards(found), gr.update(choices=choices, value=None)

    def open_document(doc_id: str | None) -> str:
        if not doc_id:
            return ""
        found = knowledge_base.document(doc_id)
        return fmt.document_markdown(*found) if found else "Dit document staat niet (meer) in de index."

    def listed(section: str, doc_type: str):
        """The documents the Bronnen tab shows for its two menus, in table order."""
        return [d for d in knowledge_base.documents()
                if (not _value(section) or d.section == _value(section))
                and (not _value(doc_type) or d.type == _value(doc_type))]

    def browse(section: str, doc_type: str):
        if not status.ready:
            return [], ""
        docs = listed(section, doc_type)
        stats = knowledge_base.stats()
        summary = (f"**{stats['documents']} documenten**, {stats['chunks']} passages · "
                   f"model `{stats['embedding_model']}`"
                   f" · geïndexeerd {stats['indexed_at']} · getoond: {len(docs)}")
        return fmt.documents_table(docs), summary

    def open_row(evt: gr.SelectData, section: str, doc_type: str) -> str:
        docs = listed(section, doc_type)
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        return open_document(docs[row].doc_id) if 0 <= row < len(docs) else ""

    # ---- layout -----------------------------------------------------------------------------------------
    with gr.Blocks(title="Social Return kennisbank", analytics_enabled=False) as blocks:
        gr.Markdown("## Social Return kennisbank\nVragen over social return (SROI) in aanbestedingen. "
                    "Elk antwoord komt uit de bronnen die ernaast staan; controleer ze voor gebruik.")
        banner = gr.Markdown("⏳ Bezig met indexeren van de kennisbank…", elem_id="kb-status")
        timer = gr.Timer(1.0)
        turns = gr.State([])
        with gr.Tabs():
            with gr.Tab("Vraag het", id="vraag"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label="Gesprek", show_label=False, height=480, buttons=["copy"],
                                             elem_id="kb-chat",
                                             placeholder="Stel een vraag over social return, of kies een startvraag.")
                        with gr.Row():
                            question = gr.Textbox(placeholder="Bijv. Hoe neem ik social return op als "
                                                              "gunningscriterium?",
                                                  show_label=False, scale=5, max_lines=4, elem_id="kb-question")
                            send = gr.Button("Vraag", variant="primary", scale=1, elem_id="kb-send")
                        with gr.Row():
                            starters = [gr.Button(text, size="sm") for text in STARTERS]
                        gr.Markdown("**Verwante onderwerpen**")
                        with gr.Row():
                            related = [gr.Button(visible=False, size="sm", elem_classes="kb-related")
                                       for _ in range(3)]
                        with gr.Row():
                            download = gr.DownloadButton("Download antwoord (Markdown)", visible=False, size="sm")
                            reset = gr.Button("Nieuw gesprek", size="sm")
                        with gr.Accordion("Opmerking bij het laatste antwoord", open=False):
                            remark = gr.Textbox(show_label=False, placeholder="Wat klopt er niet of mist er?",
                                                elem_id="kb-remark")
                            remark_send = gr.Button("Verstuur opmerking", size="sm")
                        thanks = gr.Markdown(elem_id="kb-thanks")
                    with gr.Column(scale=2):
                        with gr.Accordion("Filters", open=False):
                            types = gr.Dropdown(label="Type", multiselect=True, choices=[], elem_id="kb-filter-type")
                            sectors = gr.Dropdown(label="Sector", multiselect=True, choices=[])
                            instruments = gr.Dropdown(label="Instrument", multiselect=True, choices=[])
                        sources = gr.HTML(fmt.source_cards(None, settings.stale_after_years), elem_id="kb-sources")
            with gr.Tab("Praktijkvoorbeelden", id="voorbeelden"):
                with gr.Row():
                    example_text = gr.Textbox(label="Zoek", placeholder="bijv. schoonmaak, brug, leerlingenvervoer",
                                              scale=3, elem_id="kb-example-search")
                    example_sector = gr.Dropdown(label="Sector", choices=[NO_FILTER], value=NO_FILTER)
                    example_org = gr.Dropdown(label="Organisatie", choices=[NO_FILTER], value=NO_FILTER)
                    example_instrument = gr.Dropdown(label="Instrument", choices=[NO_FILTER], value=NO_FILTER)
                    example_year = gr.Dropdown(label="Jaar", choices=[NO_FILTER], value=NO_FILTER)
                example_go = gr.Button("Zoek praktijkvoorbeelden", variant="primary", elem_id="kb-example-go")
                with gr.Row():
                    with gr.Column(scale=3):
                        example_html = gr.HTML(elem_id="kb-examples")
                    with gr.Column(scale=2):
                        example_pick = gr.Radio(label="Open een voorbeeld", choices=[], elem_id="kb-example-pick")
                        example_doc = gr.Markdown(elem_id="kb-example-doc")
            with gr.Tab("Bronnen", id="bronnen"):
                with gr.Row():
                    source_section = gr.Dropdown(label="Sectie", choices=[NO_FILTER], value=NO_FILTER)
                    source_type = gr.Dropdown(label="Type", choices=[NO_FILTER], value=NO_FILTER)
                source_stats = gr.Markdown()
                source_table = gr.Dataframe(headers=fmt.TABLE_HEADERS, interactive=False, wrap=True)
                source_doc = gr.Markdown()
            build_plan_tab(knowledge_base, exports)

        # ---- events -----------------------------------------------------------------------------------
        chat_inputs = [question, chatbot, turns, types, sectors, instruments]
        chat_outputs = [chatbot, question, sources, turns, *related, download]
        send.click(ask, chat_inputs, chat_outputs)
        question.submit(ask, chat_inputs, chat_outputs)
        for button in [*starters, *related]:
            button.click(ask, [button, chatbot, turns, types, sectors, instruments], chat_outputs)
        chatbot.like(like, [chatbot, turns], thanks)
        remark_send.click(comment, [remark, turns], [thanks, remark])
        reset.click(clear, None, [chatbot, turns, sources, thanks, *related, download])
        example_inputs = [example_text, example_sector, example_org, example_instrument, example_year]
        example_go.click(find_examples, example_inputs, [example_html, example_pick])
        example_text.submit(find_examples, example_inputs, [example_html, example_pick])
        example_pick.change(open_document, example_pick, example_doc)
        for menu in (source_section, source_type):
            menu.change(browse, [source_section, source_type], [source_table, source_stats])
        source_table.select(open_row, [source_section, source_type], source_doc)
        timer.tick(poll, None, [banner, timer, types, sectors, instruments, example_sector, example_org,
                               example_instrument, example_year, source_section, source_type,
                               source_table, source_stats, example_html, example_pick])
    return blocks
