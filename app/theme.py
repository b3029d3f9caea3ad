"""The look and language of the Gradio UI: a theme with WCAG 2.1 AA contrast, the kennisbank's CSS
and script (app/static), and Dutch texts for Gradio's own strings."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

STATIC = Path(__file__).parent / "static"

# Indigo 700/800/900 instead of the theme's indigo 500: white on #4338ca is 7.9:1, #3730a3 on #e0e7ff 8.5:1.
THEME = gr.themes.Soft(font=["system-ui", "Segoe UI", "Arial", "sans-serif"],
                       font_mono=["ui-monospace", "Consolas", "monospace"]).set(
    button_primary_background_fill="#4338ca", button_primary_background_fill_hover="#3730a3",
    button_primary_text_color="#ffffff", button_primary_text_color_hover="#ffffff",
    button_secondary_text_color="#1f2937", button_secondary_border_color="#6b7280",
    block_label_text_color="#312e81", block_title_text_color="#312e81", block_info_text_color="#374151",
    input_placeholder_color="#6b7280", input_border_color="#6b7280", input_border_color_focus="#1d4ed8",
    checkbox_border_color="#6b7280", body_text_color_subdued="#374151", link_text_color="#1d4ed8",
    link_text_color_visited="#5b21b6", link_text_color_hover="#1e3a8a", link_text_color_active="#1e3a8a",
)


def css() -> str:
    return (STATIC / "kb.css").read_text(encoding="utf-8")


def head() -> str:
    """HTML for the page head: the kennisbank's script (run once the Gradio app has loaded)."""
    return "<script>\n" + (STATIC / "kb.js").read_text(encoding="utf-8") + "\n</script>"


# Gradio's Dutch translations (its nl.json) lack these keys; without them Gradio falls back to English.
I18N = gr.I18n(nl={
    "chatbot.complete": "Klaar",
    "chatbot.copy_message": "Bericht kopiëren",
    "chatbot.copied_message": "Bericht gekopieerd",
    "common.download_all": "Alles downloaden",
    "common.progress": "Voortgang",
    "common.run": "Uitvoeren",
    "status.queue_position": "In de wachtrij: {position} van {size}",
    "dataframe.filter": "Filteren",
    "dataframe.clear_filter": "Filters wissen",
})
