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
    import nltk
    import llama_index.core

    cache = Path(llama_index.core.__file__).parent / "_static" / "nltk_cache"
    if str(cache) not in nltk.data.path:
        nltk.data.path.insert(0, str(cache))
    from nltk.tokenize import PunktTokenizer

    tokenizer = PunktTokenizer("dutch")
    tokenizer._params.abbrev_types.update(_EXTRA_ABBREVIATIONS)
    return tokenizer


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain-text passage, in order. Lines and list items are never joined."""
    tokenizer = _punkt()
    sentences: list[str] = []
    for line in text.splitlines():
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        with _lock:  # Punkt keeps small caches that are not thread-safe
            parts = tokenizer.tokenize(line)
        sentences.extend(p.strip() for p in parts if p.strip())
    return sentences
