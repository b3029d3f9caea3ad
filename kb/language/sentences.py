"""Dutch sentence splitting: NLTK's Punkt model for Dutch (shipped inside llama-index) plus
the abbreviations of procurement and legal text that it does not know (`art.`, `bijv.`, `jan.`).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

_EXTRA_ABBREVIATIONS = {
    "art", "artt", "lid", "aw", "bijv", "bv", "bijvoorbeeld", "blz", "p", "pp", "e.v", "nr", "nrs", "o.a", "o.m",
    "m.b.t", "i.v.m", "t.a.v", "d.w.z", "m.u.v", "t.b.v", "i.c.m", "c.q", "resp", "ca", "incl", "excl",
    "max", "min", "mln", "mld", "mr", "dr", "drs", "ir", "ing", "prof", "dhr", "mevr", "mw", "st", "vs", "jl",
    "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "z.g.a.n", "e.d",
    "etc", "enz", "evt", "i.p.v", "o.b.v", "a.d.h.v", "n.a.v", "kamerstukken", "stb", "stcrt", "ecli", "jo",
}
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _punkt() -> Any:
    import llama_index.core
    import nltk

    cache = Path(llama_index.core.__file__).parent / "_static" / "nltk_cache"
    if str(cache) not in nltk.data.path:
        nltk.data.path.insert(0, str(cache))
    from nltk.tokenize import PunktTokenizer

    tokenizer = PunktTokenizer("dutch")
    tokenizer._params.abbrev_types.update(_EXTRA_ABBREVIATIONS)
    return tokenizer


def sentence_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_list_item) of every sentence in *text*; `text[start:end]` is the sentence.
    Lines and list items are never joined; a list item's marker is outside its span."""
    tokenizer = _punkt()
    spans: list[tuple[int, int, bool]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        marker = _BULLET.match(body)
        start = marker.end() if marker else len(body) - len(body.lstrip())
        content = body[start:]
        if content.strip():
            with _lock:  # Punkt keeps small caches that are not thread-safe
                parts = list(tokenizer.span_tokenize(content))
            joined: list[tuple[int, int]] = []
            for begin, end in parts:
                before = content[joined[-1][0]:joined[-1][1]].rstrip("'\"\u2019\u201d)\u00bb") if joined else ""
                if before and before[-1] in "!?" and content[begin].islower():
                    # "Volgens HWwerkt! is een werkervaringsplaats …": a name with "!" ends no sentence; nor
                    # does a quoted title that asks ("Het document 'Wat als …?' beschrijft …")
                    joined[-1] = (joined[-1][0], end)
                else:
                    joined.append((begin, end))
            for begin, end in joined:
                spans.append((offset + start + begin, offset + start + end, bool(marker)))
        offset += len(line)
    return spans


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain-text passage, in order. Lines and list items are never joined."""
    return [text[s:e].strip() for s, e, _ in sentence_spans(text) if text[s:e].strip()]
