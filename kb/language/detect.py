"""Which language a question is in: Dutch or English, by their most frequent function words."""

from __future__ import annotations

import re

from kb.language.words import zipf_in

_EN = frozenset("the what which when who how why does do is are can may must should of for to in with a an "
                "and or this that be by on at it from as contract tender tenders about".split())
_FIELD = frozenset("social return sroi".split())  # the field's English name is Dutch usage too
_NL = frozenset("de het een wat welke wanneer wie hoe waarom is zijn kan mag moet van voor naar in met en of "
                "dit dat bij op aan als er ik we je u niet ook hoeveel welk".split())


def detect_language(text: str) -> str:
    """'en' when English function words clearly outnumber Dutch ones, else 'nl'."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    english = sum(w in _EN and w not in _NL for w in words)
    dutch = sum(w in _NL and w not in _EN for w in words)
    if english != dutch:
        return "en" if english > dutch else "nl"
    # No function word decides ("Example of social return in waste collection": "of" and "in" are Dutch
    # too): the other words do, by how much more common each is in one language than in the other.
    lean = 0.0
    for word in words:
        if len(word) > 2 and word not in _FIELD:
            lean += max(-2.0, min(2.0, zipf_in(word, "en") - zipf_in(word, "nl")))
    return "en" if lean >= 2.5 else "nl"


# the language an answer is asked in ("Wat is social return? Graag in het Engels.", "Answer in Dutch please"), when
# it is named as the reply's
_ASKED_ENGLISH = re.compile(r"\b(antwoord|antwoorden|graag|alsjeblieft|aub|kun je|kunt u|wil je|leg)\b[^.?!]{0,30}"
                            r"\bin het engels\b|\bin het engels\s*(graag|alsjeblieft|aub|a\.u\.b\.|svp)\s*[.!]?\s*$|"
                            r"\b(answer|reply|respond|explain)\b[^.?!]{0,20}\bin english\b|\bin english,? please\b",
                            re.IGNORECASE)
_ASKED_DUTCH = re.compile(r"\b(answer|reply|respond|explain)\b[^.?!]{0,20}\bin dutch\b|\bin dutch,? please\b|"
                          r"\b(antwoord|graag)\b[^.?!]{0,20}\bin het nederlands\b",
                          re.IGNORECASE)


def reply_language(text: str, language: str) -> str | None:
    """The language *text* (in *language*) asks its answer in, when it names one other than its own."""
    if language == "nl" and _ASKED_ENGLISH.search(text):
        return "en"
    if language == "en" and _ASKED_DUTCH.search(text):
        return "nl"
    return None
