"""The Gradio UI and the JSON API: layout and formatting only; everything else is asked of kb."""
