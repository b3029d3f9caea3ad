"""One answer to a message that asks two questions ("Wat is de PSO en telt die mee voor social return?"):
each question under its own heading, with the citations of both numbered once, in order of first use."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.answer.extractive import PASSAGE_SEPARATOR
from kb.schema import Answer, Citation

# what a question the sources do not answer gets beside the answer to the other
NOT_ANSWERED = {
    "nl": "Hierover vind ik in de bronnen van de kennisbank geen passage die deze vraag beantwoordt.",
    "en": "The sources of the knowledge base hold no passage that answers this question.",
}
_MARK = re.compile(r"\[(\d+)\]")
# lines that frame a quote rather than quote ("The Dutch source says this on …:", "Lees verder: …")
_POINTER = ("Lees verder", "Read more")  # the line that points to the page to read further
_FRAMING = ("The Dutch source", "The sources are in Dutch", *_POINTER)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _near(quote: str, earlier: list[set[str]]) -> bool:
    """Whether *quote* says nearly what one of the *earlier* quotes (as word sets) said: most of its own words
    are in it (a short earlier quote whose words a longer one holds does not make the longer one a repeat)."""
    words = _words(quote)
    return bool(words) and any(len(words & w) / len(words) > 0.8 for w in earlier)


def _without(text: str, quote: str) -> str | None:
    """*text* without *quote* (as quoted, or with its spaces joined) and the marker after it, once; None when it
    is not in it."""
    for form in (quote, " ".join(quote.split())):
        if form and form in text:
            return re.sub(re.escape(form) + r"\s*(\[\d+\])?", "", text, count=1)
    return None


def _says_something(line: str) -> bool:
    """Whether a line still holds words once its markers and bullet label are gone."""
    rest = re.sub(r"^\s*[-*•]\s*(\*\*[^*]+\*\*:?)?", "", _MARK.sub("", line))
    return bool(re.search(r"[^\W\d_]{2,}", rest))


def _cleaned(paragraph: str) -> str:
    """*paragraph* without the lines a removed quote left empty, and without a framing line left alone."""
    lines = [line for line in paragraph.split("\n") if _says_something(line)]
    if lines and all(line.lstrip("- *").startswith(("The Dutch source", "The sources are in Dutch")) for line in lines) \
            and not paragraph.lstrip().startswith("The sources are in Dutch"):
        return ""  # ("The Dutch source says this on …:" whose quote was said before)
    return "\n".join(lines)


def _quotes(paragraphs: list[str]) -> bool:
    """Whether an answer's *paragraphs* quote anything beyond their framing lines (an English quote follows its
    "The Dutch source says this on …:" line)."""
    return any(not line.lstrip("- *").startswith(_FRAMING) for p in paragraphs for line in p.split("\n")
               if _says_something(line))


def combined(question: str, parts: tuple[str, str], answers: list[Answer], language: str) -> Answer | None:
    """The *answers* to the two *parts* of *question* as one answer, the second without what the first quoted
    already (or a word that the sources do not answer it); None when the second quotes nothing the first did
    not."""
    citations: list[Citation] = []
    number: dict[str, int] = {}  # document → its number in the combined answer
    sections: list[str] = []
    quoted: list[set[str]] = []  # the words of every quote kept so far
    seen: set[str] = set()  # a paragraph both answers hold (the English intro line) is shown once
    pointers: set[str] = set()  # the "Lees verder" lines shown so far
    for index, (part, answer) in enumerate(zip(parts, answers), start=1):
        if answer.refused:
            sections.append(f"**{index}. {part}**\n\n{NOT_ANSWERED['en' if language == 'en' else 'nl']}")
            continue
        text, kept = answer.text, {}
        for citation in answer.citations:
            kept[citation.n] = []
            for quote in citation.sentences:
                shorter = _without(text, quote) if _near(quote, quoted) else None
                if shorter is None:
                    kept[citation.n].append(quote)
                else:
                    text = shorter
        paragraphs = [_cleaned(p) for p in text.split("\n\n")]
        paragraphs = [p for p in paragraphs if p.strip() and " ".join(p.split()) not in seen]
        if not _quotes(paragraphs):
            return None
        seen.update(" ".join(p.split()) for p in paragraphs)
        text = "\n\n".join(paragraphs)
        used = {int(n) for n in _MARK.findall(text)}
        renumber: dict[int, int] = {}
        for citation in answer.citations:
            if citation.n not in used:
                continue
            if citation.doc_id not in number:
                number[citation.doc_id] = len(number) + 1
                citations.append(replace(citation, n=number[citation.doc_id], sentences=list(kept[citation.n])))
            else:
                merged = citations[number[citation.doc_id] - 1]
                merged.sentences += [q for q in kept[citation.n] if q not in merged.sentences]
                if citation.passage not in merged.passage:
                    merged.passage = f"{merged.passage}{PASSAGE_SEPARATOR}{citation.passage}"
            renumber[citation.n] = number[citation.doc_id]
            quoted += [_words(q) for q in kept[citation.n]]
        # (a marker whose citation is gone goes too: it would point to another source)
        text = _MARK.sub(lambda m: f"[{renumber[int(m.group(1))]}]" if int(m.group(1)) in renumber else "", text)
        # (a pointer to the page the first part already pointed to is shown once)
        paragraphs = [p for p in text.split("\n\n") if not (p.startswith(_POINTER) and p in pointers)]
        pointers.update(p for p in paragraphs if p.startswith(_POINTER))
        text = "\n\n".join(paragraphs)
        sections.append(f"**{index}. {part}**\n\n{text}")
    first = answers[0]
    return Answer(
        question=question, text="\n\n".join(sections), citations=citations, refused=False,
        confidence=min(a.confidence for a in answers if not a.refused), language="en" if language == "en" else "nl",
        related=first.related, retrieval_query=first.retrieval_query, kind=first.kind, lead=first.lead,
        corrections=list(dict.fromkeys(c for a in answers for c in a.corrections)),
        warnings=list(dict.fromkeys(w for a in answers for w in a.warnings)),
    )
