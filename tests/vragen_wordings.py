"""Every wording of every veelgestelde vraag, asked as a question: the corpus answers each by construction,
so a decline is a false refusal, and a fragment or a duplicate is a defect of the answerer.

    python -m tests.vragen_wordings          (the index in KB_DATA_DIR, default ./data)
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.pipeline import load_corpus
from kb.evaluation import quote_problems
from kb.service import KnowledgeBase

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def wordings(corpus: Path = CORPUS) -> list[tuple[str, str]]:
    """(doc_id, question) for the title and every phrasing of every vraag."""
    documents, _ = load_corpus(corpus)
    return [(d.doc_id, q) for d in documents if d.meta.type == "vraag" for q in [d.meta.title, *d.meta.phrasings]]


@dataclass
class Report:
    asked: int = 0
    declined: Counter = field(default_factory=Counter)
    fragments: int = 0
    duplicates: int = 0
    own_cited: int = 0
    problems: list[str] = field(default_factory=list)


def run(kb: KnowledgeBase, corpus: Path = CORPUS) -> Report:
    report = Report()
    for doc_id, question in wordings(corpus):
        report.asked += 1
        answer = kb.ask(question)
        if answer.refused:
            report.declined[answer.refusal_reason] += 1
            report.problems.append(f"geweigerd ({answer.refusal_reason}): {question}")
            continue
        fragments, duplicates = quote_problems(answer)
        report.fragments += fragments
        report.duplicates += duplicates
        if fragments or duplicates:
            report.problems.append(f"fragment/dubbel: {question}")
        report.own_cited += doc_id in {c.doc_id for c in answer.citations}
    return report


def main() -> int:
    report = run(KnowledgeBase())
    for line in report.problems:
        print(line)
    print(f"{report.asked} formuleringen gevraagd; geweigerd {sum(report.declined.values())} "
          f"{dict(report.declined)}; fragmenten {report.fragments}; dubbel {report.duplicates}; "
          f"eigen vraag geciteerd {report.own_cited}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
