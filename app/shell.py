"""The HTML shell of the Gradio page, made Dutch before the browser sees it.

Gradio's page template says `<html lang="en">` and its frontend picks its language from the browser
(`navigator.language`), so a Dutch-only site shows English labels to anyone whose browser is set to
English. This middleware rewrites the one HTML response of the UI: `lang="nl"`, and a tiny script
that runs before Gradio's and makes the page's language Dutch, so Gradio uses its Dutch translations.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

ASGIApp = Callable[[dict[str, Any], Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]

FORCE_DUTCH = (b"<script>(function(){try{"
               b"Object.defineProperty(Navigator.prototype,'language',{get:function(){return 'nl'},configurable:true});"
               b"Object.defineProperty(Navigator.prototype,'languages',{get:function(){return ['nl']},configurable:true});"
               b"}catch(e){}})();</script>")


class DutchShell:
    """ASGI middleware: `lang="nl"` and the Dutch locale in the UI's HTML page (paths in *pages*)."""

    def __init__(self, app: ASGIApp, pages: tuple[str, ...] = ("/",)) -> None:
        self.app = app
        self.pages = pages

    async def __call__(self, scope: dict[str, Any], receive, send) -> None:
        if scope["type"] != "http" or scope.get("method") != "GET" or scope["path"] not in self.pages:
            await self.app(scope, receive, send)
            return
        # ask for an uncompressed page, so it can be rewritten
        scope = {**scope, "headers": [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"accept-encoding"]}
        start: dict[str, Any] = {}
        body: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body"):
                return
            headers = dict(start.get("headers", []))
            content = b"".join(body)
            if headers.get(b"content-type", b"").startswith(b"text/html"):
                content = rewrite(content)
            new_headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            new_headers.append((b"content-length", str(len(content)).encode()))
            await send({**start, "headers": new_headers})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, capture)


def rewrite(page: bytes) -> bytes:
    """The page with lang="nl" and the Dutch-locale script as the first thing in its head."""
    page = page.replace(b'lang="en"', b'lang="nl"', 1)
    return page.replace(b"<head>", b"<head>" + FORCE_DUTCH, 1)
