"""The "Plannen" tab: a form for one contract, the plan as a memo, and Markdown/Word downloads; plus the
short plan shown under a chat answer. Layout and formatting only: the plan is made by the knowledge base."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import gradio as gr

from app import format as fmt
from kb.errors import KBError
from kb.plan import BadPlanInput, PlanRequest
from kb.plan.export import to_markdown, write_docx
from kb.plan.request import sectors
from kb.service import KnowledgeBase

NO_SECTOR = "(geen sector)"
INTRO = ("### Social return plannen voor één opdracht\n"
         "Vul de opdracht in en kies **Maak plan**. U krijgt: past social return, welke routes, de verplichting in "
         "euro's met de berekening, voorbeelden uit de bouwblokken van de regio, conceptteksten voor de juridische "
         "afdeling en een checklist per fase, met bronnen. Staat uw organisatie "
         "niet in de lijst, typ dan de naam: het plan zegt dan dat het algemene richtlijnen geeft.")


def _alert(message: str) -> str:
    return f"<p role='alert' class='kb-plan-alert'>{fmt.escape(message)}</p>"


def build_plan_tab(knowledge_base: KnowledgeBase, exports: Path) -> None:
    """The Plannen tab; call inside `gr.Tabs()`. Downloads are written to *exports*."""
    try:
        organisations = knowledge_base.rules().organisations()
    except KBError:
        organisations = []  # the form still works: every organisation then gets the general guidance
    counter = itertools.count(1)

    def make(kind: str, value: str, years: str, sector: str, organisation: str, labour: str):
        hidden = gr.update(visible=False)
        try:
            request = PlanRequest.parse(type=kind, value=value, years=years,
                                        sector="" if sector in (None, NO_SECTOR) else sector,
                                        organisation=organisation or "", labour_share=labour)
            plan = knowledge_base.plan(request)
        except BadPlanInput as exc:
            return _alert(str(exc)), "", hidden, hidden
        except KBError as exc:
            return _alert(f"Het plan kon niet worden gemaakt: {exc}"), "", hidden, hidden
        memo = to_markdown(plan)
        stem = exports / f"social-returnplan-{next(counter)}"
        stem.with_suffix(".md").write_text(memo, encoding="utf-8")
        write_docx(plan, stem.with_suffix(".docx"))
        return ("<p role='status' class='kb-plan-done'>Het plan staat hieronder.</p>", memo,
                gr.update(value=str(stem.with_suffix(".md")), visible=True),
                gr.update(value=str(stem.with_suffix(".docx")), visible=True))

    with gr.Tab("Plannen", id="plannen"):
        gr.Markdown(INTRO)
        with gr.Row():
            # A dropdown, not radio buttons: Gradio's radio group has no accessible group name.
            kind = gr.Dropdown(["werk", "dienst", "levering"], value="dienst", label="Soort opdracht (verplicht)",
                               elem_id="kb-plan-type")
            value = gr.Textbox(label="Opdrachtwaarde in euro's, exclusief btw (verplicht)", max_lines=1,
                               placeholder="bijv. 1.200.000 of 1,2 miljoen", elem_id="kb-plan-value")
            years = gr.Textbox(label="Looptijd in jaren", max_lines=1, placeholder="bijv. 4",
                               elem_id="kb-plan-years")
        with gr.Row():
            sector = gr.Dropdown([NO_SECTOR, *sectors()], value=NO_SECTOR, label="Sector", elem_id="kb-plan-sector")
            organisation = gr.Dropdown(organisations, value=None, allow_custom_value=True,
                                       label="Organisatie (opdrachtgever)", elem_id="kb-plan-organisation",
                                       info="Kies uit de lijst of typ een naam.")
            labour = gr.Textbox(label="Aandeel arbeid in de opdracht (optioneel)", max_lines=1,
                                placeholder="bijv. 60%", elem_id="kb-plan-labour")
        go = gr.Button("Maak plan", variant="primary", elem_id="kb-plan-go")
        message = gr.HTML(elem_id="kb-plan-message")
        with gr.Row():
            markdown_file = gr.DownloadButton("Download memo (Markdown)", visible=False, size="sm",
                                              elem_id="kb-plan-download-md")
            docx_file = gr.DownloadButton("Download memo (Word)", visible=False, size="sm",
                                          elem_id="kb-plan-download-docx")
        output = gr.Markdown(elem_id="kb-plan-output")
        inputs = [kind, value, years, sector, organisation, labour]
        outputs = [message, output, markdown_file, docx_file]
        go.click(make, inputs, outputs)
        for box in (value, years, labour):
            box.submit(make, inputs, outputs)


def plan_offer_markdown(reply: dict[str, Any]) -> str:
    """The short plan under a chat answer (empty when the question was not about one contract)."""
    offer = reply.get("plan")
    if not offer:
        return ""
    sources = "\n".join(f"- [{c['label']}] [{fmt.escape(c['title'])}]({fmt.escape(c['url'])})"
                        for c in offer.get("citations", []))
    return (f"\n\n---\n**Plan voor deze opdracht**\n\n{fmt.escape_markdown(offer['summary'])}\n\n"
            + (f"Bronnen bij het plan:\n{sources}\n\n" if sources else "")
            + "Open het tabblad **Plannen** voor het volledige plan (routes, conceptteksten, checklist), of: "
            + f"`{offer['command']}`")
