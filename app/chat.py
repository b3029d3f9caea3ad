"""The "Vraag het" tab: the chat with its sources, filters, starter questions, feedback and reset.

A question goes through two steps. `take` puts it in the session's queue at once (the question shows
with a "bezig" line) and `answer_next` answers the oldest waiting question. Every submission gets both
steps, so quick submissions are all answered. The browser empties the question box the moment it
sends (the server never writes to it, so text typed while an answer is on its way stays) and numbers
each question, so answers keep the order in which the questions were asked. The session's `Conversation` holds the answered turns; the
chat, the sources and the feedback all read from it, so a reset empties them together.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any

import gradio as gr

from app import format as fmt
from app.plan_tab import plan_offer_markdown
from kb.config import Settings
from kb.errors import KBError
from kb.feedback import FeedbackStore
from kb.service import KnowledgeBase

log = logging.getLogger(__name__)

STARTERS = [
    "Wat is social return?",
    "Welke routes zijn er om social return in een aanbesteding op te nemen?",
    "Hoe werkt social return bij het Rijk (Maatwerk voor Mensen)?",
    "Wat is een voorbehouden opdracht?",
    "Heb je een praktijkvoorbeeld uit de schoonmaak?",
]
WAITING = "_Bezig met zoeken in de bronnen…_"
SERVER_ERROR = ("Er ging iets mis bij het beantwoorden van uw vraag. Probeer het opnieuw; blijft het misgaan, "
                "meld het dan bij de beheerder van de kennisbank.")


class Conversation:
    """One browser session's chat: answered turns and questions waiting for an answer. Handlers of one
    session can run at the same time (quick submissions); the lock keeps them in order."""

    def __init__(self) -> None:
        self.turns: list[dict[str, Any]] = []      # {"question", "answer" (kb ask --json), "filters", "number"}
        self.pending: list[dict[str, Any]] = []    # {"question", "filters", "number"}, lowest number first
        self.lock = threading.Lock()

    def messages(self) -> list[dict[str, str]]:
        """The chat as Gradio messages: user text shown literally, answers with linked [n] markers."""
        out: list[dict[str, str]] = []
        for turn in self.turns:
            out += [{"role": "user", "content": fmt.plain_text(turn["question"])},
                    {"role": "assistant",
                     "content": fmt.chat_message(turn["answer"]) + plan_offer_markdown(turn["answer"])}]
        for item in self.pending:
            out += [{"role": "user", "content": fmt.plain_text(item["question"])},
                    {"role": "assistant", "content": WAITING}]
        return out

    def turn_at(self, message_index: int) -> dict[str, Any] | None:
        """The answered turn whose answer is chat message *message_index*."""
        number = message_index // 2
        return self.turns[number] if message_index % 2 == 1 and 0 <= number < len(self.turns) else None


# Run in the browser before a question is sent: number it; for the question box, take the text noted
# when Enter or "Vraag" was pressed (app/static/kb.js), and empty the box unless more was typed since
# (through an input event, so Gradio's own copy of the value empties too).
NUMBER_JS = "(text, n, ...rest) => [text, (window.kbQuestions = (window.kbQuestions || 0) + 1), ...rest]"
SEND_JS = """(text, n, ...rest) => {
    const noted = (window.kbOutbox || []).shift();
    const question = noted === undefined ? text : noted;
    const box = document.querySelector('#kb-question textarea');
    if (box && box.value === question && question.trim()) {
        box.value = '';
        box.dispatchEvent(new Event('input', {bubbles: true}));
    }
    return [question, (window.kbQuestions = (window.kbQuestions || 0) + 1), ...rest];
}"""


class Conversations:
    """One Conversation per browser session (Gradio's session hash). Not a gr.State: Gradio creates a
    session's State on first use without a lock, so two questions sent at once from a fresh page could
    each get their own empty conversation and one would be lost. The oldest sessions are forgotten
    beyond *limit*; a closed page is forgotten at once."""

    def __init__(self, limit: int = 5000) -> None:
        self._items: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()
        self.limit = limit

    def get(self, request: gr.Request) -> Conversation:
        session = request.session_hash or ""
        with self._lock:
            conversation = self._items.get(session)
            if conversation is None:
                conversation = self._items[session] = Conversation()
            self._items.move_to_end(session)
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
            return conversation

    def drop(self, request: gr.Request) -> None:
        with self._lock:
            self._items.pop(request.session_hash or "", None)


def _status(text: str) -> str:
    return f"<p>{fmt.escape(text)}</p>" if text else ""


def chat_tab(knowledge_base: KnowledgeBase, status: Any, feedback: FeedbackStore,
             settings: Settings) -> dict[str, Any]:
    """Lay out the tab's contents (call inside a gr.Tab) and wire its events. Returns the filter menus,
    which fill in once the index is ready, and the sessions' conversations (to forget a closed page)."""
    exports = Path(tempfile.mkdtemp(prefix="kb-export-"))

    def filters_of(types: list[str] | None, sectors: list[str] | None, instruments: list[str] | None) -> dict:
        return {"types": types or [], "sectors": sectors or [], "instruments": instruments or []}

    # ---- handlers ------------------------------------------------------------------------------------
    def take(text: str | None, number: float | None, types, sectors, instruments, request: gr.Request):
        """Queue the question (*number*: the browser's count of questions sent, to keep their order)."""
        conversation = conversations.get(request)
        text = (text or "").strip()
        if not text:
            return gr.update(), _status("Typ eerst een vraag in het vak.")
        with conversation.lock:
            item = {"question": text, "filters": filters_of(types, sectors, instruments), "number": number or 0}
            conversation.pending.append(item)
            conversation.pending.sort(key=lambda p: p["number"])
            messages = conversation.messages()
        return messages, _status("Uw vraag is ontvangen. Bezig met zoeken in de bronnen…")

    def reply_to(question: str, filters: dict, history: list[dict]) -> dict[str, Any]:
        if not status.ready:
            return {"answer": status.message, "refused": True, "citations": [], "error": "not_ready"}
        try:
            reply = knowledge_base.ask(question, filters=filters, history=history).as_json()
        except KBError as exc:  # ops: busy, store unreachable: say so (in Dutch) instead of failing
            return {"answer": str(exc), "refused": True, "citations": [], "error": "unavailable"}
        except Exception:
            log.exception("answering failed")
            return {"answer": SERVER_ERROR, "refused": True, "citations": [], "error": "server_error"}
        try:
            feedback.log_question(question, reply, filters, channel="app")
        except Exception:
            log.exception("logging the question failed")
        return reply

    def answer_next(request: gr.Request):
        """Answer the oldest waiting question (if another step has not already), then show the chat."""
        conversation = conversations.get(request)
        with conversation.lock:
            if conversation.pending:
                item = conversation.pending[0]
                history = [{"role": "user", "content": t["question"]} for t in conversation.turns]
                reply = reply_to(item["question"], item["filters"], history)
                conversation.pending.pop(0)
                conversation.turns.append({**item, "answer": reply})
                # a question sent earlier can reach the server a moment later: keep the asked order
                conversation.turns.sort(key=lambda t: t["number"])
            messages = conversation.messages()
            last = conversation.turns[-1] if conversation.turns else None
            waiting = len(conversation.pending)
        if last is None:
            return (messages, fmt.source_cards(None, settings.stale_after_years),
                    *[gr.update(visible=False)] * 5, _status(""))
        reply = last["answer"]
        related = reply.get("related", [])[:3]
        heading = gr.update(visible=bool(related))
        buttons = [gr.update(value=title, visible=True) for title in related]
        buttons += [gr.update(visible=False)] * (3 - len(buttons))
        download = exports / f"antwoord-{uuid.uuid4().hex[:12]}.md"
        download.write_text(fmt.answer_markdown(last["question"], reply), encoding="utf-8")
        line = (f"Antwoord gegeven. Nog {waiting} {'vraag' if waiting == 1 else 'vragen'} in behandeling."
                if waiting else "Antwoord gegeven; de bronnen staan bij het antwoord.")
        return (messages, fmt.source_cards(reply, settings.stale_after_years), heading, *buttons,
                gr.update(value=str(download), visible=True), _status(line))

    def like(data: gr.LikeData, request: gr.Request) -> str:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        conversation = conversations.get(request)
        with conversation.lock:
            turn = conversation.turn_at(int(index))
        if turn is None:
            return "Dit bericht kan niet worden beoordeeld."
        liked = data.liked if isinstance(data.liked, bool) else str(data.liked).lower() == "like"
        try:
            feedback.add(rating=1 if liked else -1, question=turn["question"], answer=turn["answer"],
                         filters=turn["filters"])
        except KBError as exc:  # ops: a read-only or full data folder
            return str(exc)
        return "Dank u, uw beoordeling is opgeslagen."

    def comment(text: str, request: gr.Request):
        conversation = conversations.get(request)
        with conversation.lock:
            turn = conversation.turns[-1] if conversation.turns else None
        if turn is None:
            return "Stel eerst een vraag; een opmerking hoort bij een antwoord.", text
        if not (text or "").strip():
            return "Schrijf eerst een opmerking.", text
        try:
            feedback.add(rating=0, question=turn["question"], answer=turn["answer"], comment=text,
                         filters=turn["filters"])
        except KBError as exc:  # ops: a read-only or full data folder
            return str(exc), text
        return "Dank u, uw opmerking bij het laatste antwoord is opgeslagen.", ""

    def reset(request: gr.Request):
        conversation = conversations.get(request)
        with conversation.lock:
            conversation.turns.clear()
            conversation.pending.clear()
        return ([], fmt.source_cards(None, settings.stale_after_years), "", "",
                *[gr.update(visible=False)] * 5, _status("Nieuw gesprek gestart. Eerdere vragen tellen niet meer mee."))

    # ---- layout ---------------------------------------------------------------------------------------
    conversations = Conversations()
    number = gr.Number(visible=False, precision=0)  # filled in by the browser (SEND_JS)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=320):
            chatbot = gr.Chatbot(label="Gesprek", show_label=False, height=480, buttons=["copy"], elem_id="kb-chat",
                                 latex_delimiters=[], line_breaks=True,
                                 placeholder="Stel een vraag over social return, of kies een startvraag.")
            chat_status = gr.HTML(elem_id="kb-chat-status", padding=False)
            with gr.Row(equal_height=False):
                question = gr.Textbox(label="Uw vraag", placeholder="Bijv. Hoe neem ik social return op als "
                                      "gunningscriterium?", scale=5, max_lines=4, elem_id="kb-question")
                send = gr.Button("Vraag", variant="primary", scale=1, min_width=90, elem_id="kb-send")
        with gr.Column(scale=2, min_width=300):
            with gr.Accordion("Filters", open=False, elem_id="kb-filters"):
                types = gr.Dropdown(label="Type", multiselect=True, choices=[], elem_id="kb-filter-type")
                sectors = gr.Dropdown(label="Sector", multiselect=True, choices=[], elem_id="kb-filter-sector")
                instruments = gr.Dropdown(label="Instrument", multiselect=True, choices=[],
                                          elem_id="kb-filter-instrument")
            sources = gr.HTML(fmt.source_cards(None, settings.stale_after_years), elem_id="kb-sources")
    gr.Markdown("**Startvragen**")
    with gr.Row():
        starters = [gr.Button(text, size="sm") for text in STARTERS]
    related_heading = gr.Markdown("**Verwante onderwerpen**", visible=False)
    with gr.Row():
        related = [gr.Button(visible=False, size="sm", elem_classes="kb-related") for _ in range(3)]
    with gr.Row():
        download = gr.DownloadButton("Bewaar antwoord (Markdown-bestand)", visible=False, size="sm")
        new_chat = gr.Button("Nieuw gesprek", size="sm", elem_id="kb-reset")
    with gr.Accordion("Opmerking bij het laatste antwoord", open=False, elem_id="kb-remark-box"):
        remark = gr.Textbox(label="Uw opmerking", placeholder="Wat klopt er niet of mist er?", elem_id="kb-remark")
        remark_send = gr.Button("Verstuur opmerking", size="sm", elem_id="kb-remark-send")
    thanks = gr.Markdown(elem_id="kb-thanks")

    # ---- events ---------------------------------------------------------------------------------------
    menus = [types, sectors, instruments]
    answer_outputs = [chatbot, sources, related_heading, *related, download, chat_status]
    quiet = {"show_progress": "hidden", "trigger_mode": "multiple"}
    for trigger in (send.click, question.submit):
        trigger(take, [question, number, *menus], [chatbot, chat_status], js=SEND_JS, queue=False,
                **quiet).then(answer_next, None, answer_outputs, **quiet)
    for button in [*starters, *related]:
        button.click(take, [button, number, *menus], [chatbot, chat_status], js=NUMBER_JS,
                     queue=False, **quiet).then(answer_next, None, answer_outputs, **quiet)
    chatbot.like(like, None, thanks, show_progress="hidden")
    remark_send.click(comment, remark, [thanks, remark], show_progress="hidden")
    reset_outputs = [chatbot, sources, thanks, remark, related_heading, *related, download, chat_status]
    new_chat.click(reset, None, reset_outputs, show_progress="hidden")
    chatbot.clear(reset, None, reset_outputs, show_progress="hidden")
    return {"types": types, "sectors": sectors, "instruments": instruments, "conversations": conversations}
