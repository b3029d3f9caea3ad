"""The content owner's report: what to write or fix next, from the logged questions, the feedback and
the documents' `checked` dates. Every report is a list of flat rows (for JSON, HTML and CSV alike)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kb.catalog import DocumentInfo
from kb.feedback import FeedbackStore


@dataclass(frozen=True)
class Report:
    """One report of the content owner's view."""

    name: str          # used in the URL: /api/beheer/<name>
    title: str         # Dutch heading
    explanation: str   # Dutch: what the list holds and what to do with it
    columns: tuple[str, ...]
    headers: tuple[str, ...]   # Dutch column headings, same order as columns


REPORTS = {
    "vragen": Report("vragen", "Geweigerde vragen en vragen met een onzeker antwoord",
                     "Vragen waarop de kennisbank geen antwoord gaf of weinig zeker was: onderwerpen die "
                     "misschien een (beter) document nodig hebben. Gelijke vragen staan samen.",
                     ("question", "times", "refused", "confidence", "last_asked"),
                     ("Vraag", "Aantal keer", "Geweigerd", "Laagste zekerheid", "Laatst gesteld")),
    "beoordelingen": Report("beoordelingen", "Negatief beoordeelde antwoorden en opmerkingen",
                            "Antwoorden met een duim omlaag en alle opmerkingen van gebruikers, nieuwste eerst.",
                            ("created_at", "rating", "question", "comment", "answer", "sources"),
                            ("Datum", "Oordeel", "Vraag", "Opmerking", "Antwoord", "Geciteerde bronnen")),
    "meest-geciteerd": Report("meest-geciteerd", "Meest geciteerde documenten",
                              "Documenten die het vaakst in antwoorden als bron dienden: houd ze actueel.",
                              ("doc_id", "title", "type", "times_cited"),
                              ("Document", "Titel", "Type", "Aantal keer geciteerd")),
    "nooit-geciteerd": Report("nooit-geciteerd", "Nooit geciteerde documenten",
                              "Documenten die in de bewaarperiode in geen enkel antwoord als bron dienden: "
                              "misschien overbodig, slecht vindbaar of over een onderwerp waar niemand naar vraagt.",
                              ("doc_id", "title", "type", "checked"),
                              ("Document", "Titel", "Type", "Gecontroleerd")),
    "controle": Report("controle", "Documenten die gecontroleerd moeten worden",
                       "Documenten waarvan de laatste controle tegen de bronnen (`checked`) langer geleden is "
                       "dan de ingestelde termijn, oudste eerst.",
                       ("doc_id", "title", "type", "checked", "days_since_check", "url"),
                       ("Document", "Titel", "Type", "Gecontroleerd", "Dagen geleden", "Bron")),
}


def _rating_label(rating: int) -> str:
    return {1: "goed", -1: "niet goed", 0: "opmerking"}.get(rating, str(rating))


def questions_to_look_at(store: FeedbackStore, low_confidence: float) -> list[dict[str, Any]]:
    """Refused questions and answers below *low_confidence*, one row per question text (case and
    spacing ignored), the most often asked first."""
    groups: dict[str, dict[str, Any]] = {}
    for row in store.asked():
        confidence = row["confidence"] if row["confidence"] is not None else 0.0
        if not row["refused"] and confidence >= low_confidence:
            continue
        key = " ".join(row["question"].lower().split())
        group = groups.setdefault(key, {"question": row["question"], "times": 0, "refused": False,
                                        "confidence": confidence, "last_asked": row["created_at"]})
        group["times"] += 1
        group["refused"] = group["refused"] or bool(row["refused"])
        group["confidence"] = round(min(group["confidence"], confidence), 3)
        group["last_asked"] = max(group["last_asked"], row["created_at"])
    newest_first = sorted(groups.values(), key=lambda g: g["last_asked"], reverse=True)
    return sorted(newest_first, key=lambda g: g["times"], reverse=True)


def judgements(store: FeedbackStore) -> list[dict[str, Any]]:
    """Thumbs-down answers and every comment, newest first."""
    rows = [r for r in store.all() if r["rating"] == -1 or r["comment"].strip()]
    out = []
    for row in reversed(rows):
        titles = [s.get("title") or s.get("doc_id") for s in json.loads(row["sources"] or "[]")]
        out.append({"created_at": row["created_at"], "rating": _rating_label(row["rating"]),
                    "question": row["question"], "comment": row["comment"], "answer": row["answer"],
                    "sources": "; ".join(str(t) for t in titles if t)})
    return out


def citation_counts(store: FeedbackStore, documents: Sequence[DocumentInfo]) -> Counter[str]:
    """How often each document was cited in the logged answers."""
    counts: Counter[str] = Counter()
    for row in store.asked():
        counts.update(row["cited"])
    return Counter({d.doc_id: counts.get(d.doc_id, 0) for d in documents})


def most_cited(store: FeedbackStore, documents: Sequence[DocumentInfo], limit: int = 25) -> list[dict[str, Any]]:
    counts = citation_counts(store, documents)
    by_id = {d.doc_id: d for d in documents}
    return [{"doc_id": doc_id, "title": by_id[doc_id].title, "type": by_id[doc_id].type, "times_cited": n}
            for doc_id, n in counts.most_common(limit) if n]


def never_cited(store: FeedbackStore, documents: Sequence[DocumentInfo]) -> list[dict[str, Any]]:
    counts = citation_counts(store, documents)
    return [{"doc_id": d.doc_id, "title": d.title, "type": d.type, "checked": d.checked}
            for d in sorted(documents, key=lambda d: d.title.lower()) if not counts[d.doc_id]]


def due_for_check(documents: Sequence[DocumentInfo], max_age_days: int,
                  today: dt.date | None = None) -> list[dict[str, Any]]:
    """Documents never checked, or checked more than *max_age_days* ago, oldest first."""
    today = today or dt.date.today()
    rows = []
    for doc in documents:
        try:
            checked = dt.date.fromisoformat(doc.checked[:10]) if doc.checked else None
        except ValueError:
            checked = None
        age = (today - checked).days if checked else None
        if age is None or age > max_age_days:
            rows.append({"doc_id": doc.doc_id, "title": doc.title, "type": doc.type, "checked": doc.checked,
                         "days_since_check": age, "url": doc.url})
    return sorted(rows, key=lambda r: -(r["days_since_check"] if r["days_since_check"] is not None else 10**6))


def build(name: str, store: FeedbackStore, documents: Callable[[], Sequence[DocumentInfo]], settings: Any,
          today: dt.date | None = None) -> list[dict[str, Any]]:
    """The rows of report *name* (a key of REPORTS); *documents* is called only when needed."""
    if name == "vragen":
        return questions_to_look_at(store, settings.low_confidence)
    if name == "beoordelingen":
        return judgements(store)
    if name == "meest-geciteerd":
        return most_cited(store, documents())
    if name == "nooit-geciteerd":
        return never_cited(store, documents())
    if name == "controle":
        return due_for_check(documents(), settings.check_after_days, today)
    raise KeyError(name)
