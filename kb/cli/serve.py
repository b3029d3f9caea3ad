"""`kb serve`: the app."""

from __future__ import annotations

import time

import click

from kb.cli.base import (
    cli,
    current_settings,
    progress_bar,
)


# ---- serve -------------------------------------------------------------------------------------------------
@cli.command()
@click.option("--host", help="Address to listen on (default: KB_HOST, 127.0.0.1).")
@click.option("--port", type=int, help="Port (default: KB_PORT, 7860).")
@click.option("--index", "on_start", type=click.Choice(["missing", "always", "never"]),
              help="Index the corpus on start: always (sync; the default with an embedded store), "
                   "missing (only when there is no index; the default with KB_CHROMA_URL, where ingest "
                   "is a separate job) or never.")
def serve(host: str | None, port: int | None, on_start: str | None) -> None:
    """Start the chat app (Gradio UI at /, JSON API at /api/ask, health at /healthz).

    On first start the index is built from the bundled corpus, with progress in the terminal; later
    starts bring it in step with the corpus (writing only what changed).

    Example: kb serve --port 7860
    """
    try:
        import uvicorn

        from app.server import create_app
    except ImportError as exc:
        raise click.ClickException(f"De app heeft extra pakketten nodig: pip install -e '.[app]' ({exc.name})") \
            from exc
    settings = current_settings()
    host, port = host or settings.host, port or settings.port
    on_start = on_start or ("missing" if settings.chroma_url else "always")
    update, bar = progress_bar("Indexeren")
    app = create_app(settings, on_start=on_start, progress=update)
    status = app.state.status

    def announce() -> None:
        told = ""
        while status.state in ("building", "unavailable"):
            if status.state == "unavailable" and status.message != told:  # waits for its Chroma server
                told = status.message
                click.echo(f"Wachten op de opslag: {told}", err=True)
            time.sleep(0.2)
        if bar.live.is_started:
            bar.stop()
        for error in status.errors:
            click.echo(f"FOUT {error['path']}: {error['error']}", err=True)
        if status.warning:  # e.g. a read-only data folder: one line, and the app still answers
            click.echo(f"Let op: {status.warning}", err=True)
        if status.ready:
            click.echo(f"De kennisbank is klaar: http://{host}:{port}/", err=True)
        else:
            click.echo(f"FOUT: {status.message}", err=True)

    import threading

    threading.Thread(target=announce, daemon=True).start()
    click.echo(f"Social Return kennisbank start op http://{host}:{port}/ (index: {settings.data_dir})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
