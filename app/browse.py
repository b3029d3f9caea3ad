"""The "Praktijkvoorbeelden" and "Bronnen" tabs: browsing what the knowledge base holds.
Layout and formatting only; the searching and listing is asked of the knowledge base."""

from __future__ import annotations

import math
from typing import Any

import gradio as gr

from app import format as fmt
from kb.catalog import facets
from kb.service import KnowledgeBase

NO_FILTER = "(alle)"
PAGE_SIZE = 10


def _choices(facet: str, values: list[str]) -> list[tuple[str, str]]:
    return [(NO_FILTER, NO_FILTER), *fmt.facet_choices(facet, values)]


def _value(choice: str | None) -> str:
    return "" if not choice or choice == NO_FILTER else choice


class ExamplesTab:
    """Search and page through the practice examples; open one as a whole document."""

    def __init__(self, knowledge_base: KnowledgeBase, status: Any) -> None:
        self.knowledge_base = knowledge_base
        self.status = status
        with gr.Row():
            self.text = gr.Textbox(label="Zoek in de praktijkvoorbeelden", placeholder="bijv. schoonmaak, brug, "
                                   "leerlingenvervoer", scale=3, elem_id="kb-example-search")
            self.sector = gr.Dropdown(label="Sector", choices=[NO_FILTER], value=NO_FILTER)
            self.organisation = gr.Dropdown(label="Soort organisatie", choices=[NO_FILTER], value=NO_FILTER)
            self.instrument = gr.Dropdown(label="Instrument", choices=[NO_FILTER], value=NO_FILTER)
            self.year = gr.Dropdown(label="Jaar", choices=[NO_FILTER], value=NO_FILTER)
        go = gr.Button("Zoek praktijkvoorbeelden", variant="primary", elem_id="kb-example-go")
        self.page = gr.State(0)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                self.cards = gr.HTML(elem_id="kb-examples")
                with gr.Row(elem_id="kb-example-pager"):
                    self.previous = gr.Button("Vorige", size="sm", interactive=False, elem_id="kb-example-previous")
                    self.page_label = gr.HTML(elem_id="kb-example-page", padding=False)
                    self.next = gr.Button("Volgende", size="sm", interactive=False, elem_id="kb-example-next")
            with gr.Column(scale=2, min_width=300):
                self.pick = gr.Radio(label="Open een voorbeeld van deze pagina", choices=[], elem_id="kb-example-pick")
                self.document = gr.Markdown(elem_id="kb-example-doc")

        inputs = [self.text, self.sector, self.organisation, self.instrument, self.year]
        outputs = self.outputs()
        go.click(self.first_page, inputs, [self.page, *outputs], show_progress="hidden")
        self.text.submit(self.first_page, inputs, [self.page, *outputs], show_progress="hidden")
        self.previous.click(self.turn, [self.page, gr.State(-1), *inputs], [self.page, *outputs],
                            show_progress="hidden")
        self.next.click(self.turn, [self.page, gr.State(1), *inputs], [self.page, *outputs], show_progress="hidden")
        self.pick.change(self.open, self.pick, self.document, show_progress="hidden")

    def outputs(self) -> list[gr.components.Component]:
        return [self.cards, self.pick, self.previous, self.next, self.page_label]

    def menus(self) -> list[gr.Dropdown]:
        return [self.sector, self.organisation, self.instrument, self.year]

    def menu_updates(self, values: dict[str, list[str]]) -> list[Any]:
        return [gr.update(choices=_choices("sector", values["sectors"])),
                gr.update(choices=_choices("organisation_type", values["organisation_types"])),
                gr.update(choices=_choices("instrument", values["instruments"])),
                gr.update(choices=_choices("year", values["years"]))]

    def show(self, page: int, text: str, sector: str, organisation: str, instrument: str, year: str) -> list[Any]:
        """Page *page* of the results, with the pager and the radio list of that page's examples."""
        if not self.status.ready:
            return [0, fmt.example_cards([], 0, 0), gr.update(choices=[]), gr.update(interactive=False),
                    gr.update(interactive=False), ""]
        found = self.knowledge_base.find_examples(text or "", _value(sector), _value(organisation),
                                                  _value(instrument), _value(year))
        pages = max(1, math.ceil(len(found) / PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        shown = found[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        label = f"<p>Pagina {page + 1} van {pages}</p>" if found else ""
        return [page, fmt.example_cards(shown, len(found), page * PAGE_SIZE),
                gr.update(choices=[(fmt.example_label(d), d.doc_id) for d in shown], value=None),
                gr.update(interactive=page > 0), gr.update(interactive=page < pages - 1), label]

    def first_page(self, *inputs: str) -> list[Any]:
        return self.show(0, *inputs)

    def turn(self, page: int, step: int, *inputs: str) -> list[Any]:
        return self.show(page + step, *inputs)

    def open(self, doc_id: str | None) -> str:
        return open_document(self.knowledge_base, doc_id)


class SourcesTab:
    """Every document in the index, by section and type, with the index in plain words."""

    def __init__(self, knowledge_base: KnowledgeBase, status: Any) -> None:
        self.knowledge_base = knowledge_base
        self.status = status
        with gr.Row():
            self.section = gr.Dropdown(label="Sectie", choices=[NO_FILTER], value=NO_FILTER, elem_id="kb-source-section")
            self.type = gr.Dropdown(label="Type", choices=[NO_FILTER], value=NO_FILTER, elem_id="kb-source-type")
            self.reader = gr.Dropdown(label="Lees een document in de kennisbank", choices=[], value=None,
                                      elem_id="kb-source-reader", scale=2)
        self.summary = gr.Markdown(elem_id="kb-source-stats")
        self.document = gr.Markdown(elem_id="kb-source-doc")
        self.table = gr.HTML(elem_id="kb-source-table")
        for menu in (self.section, self.type):
            menu.change(self.browse, [self.section, self.type], self.outputs(), show_progress="hidden")
        self.reader.change(lambda doc_id: open_document(knowledge_base, doc_id), self.reader, self.document,
                           show_progress="hidden")

    def outputs(self) -> list[gr.components.Component]:
        return [self.table, self.summary, self.reader]

    def menus(self) -> list[gr.Dropdown]:
        return [self.section, self.type]

    def menu_updates(self, values: dict[str, list[str]]) -> list[Any]:
        return [gr.update(choices=_choices("section", values["sections"])),
                gr.update(choices=_choices("type", values["types"]))]

    def browse(self, section: str, doc_type: str) -> list[Any]:
        if not self.status.ready:
            return ["", "", gr.update(choices=[])]
        docs = [d for d in self.knowledge_base.documents()
                if (not _value(section) or d.section == _value(section))
                and (not _value(doc_type) or d.type == _value(doc_type))]
        return [fmt.documents_table(docs), fmt.index_summary(self.knowledge_base.stats(), len(docs)),
                gr.update(choices=[(d.title, d.doc_id) for d in docs], value=None)]


def open_document(knowledge_base: KnowledgeBase, doc_id: str | None) -> str:
    if not doc_id:
        return ""
    found = knowledge_base.document(doc_id)
    return fmt.document_markdown(*found) if found else "Dit document staat niet (meer) in de index."


def facet_values(knowledge_base: KnowledgeBase) -> dict[str, list[str]]:
    return facets(knowledge_base.documents())
