"""Follow-up questions: a short question that leans on the previous turn ("En bij leveringen?")
is searched together with the question it follows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_FOLLOW_UP_START = re.compile(
    r"^\s*(en|maar|ook|dus|of|wat als|hoe zit het|geldt dat|geldt dit|and|but|what about|how about|also)\b",
    re.IGNORECASE)
_ANAPHORA = re.compile(r"\b(dat|dit|die|daar|daarvan|daarbij|hiervan|hierbij|het|zo'n|that|this|it|those)\b",
                       re.IGNORECASE)


def previous_questions(history: Sequence[Any] | None) -> list[str]:
    """The user's earlier questions, oldest first, from [{"role", "content"}] or [(question, answer)] turns."""
    questions: list[str] = []
    for turn in history or []:
        if isinstance(turn, dict):
            if turn.get("role") == "user" and turn.get("content"):
                questions.append(str(turn["content"]))
            elif turn.get("question"):
                questions.append(str(turn["question"]))
        elif isinstance(turn, (list, tuple)) and turn and turn[0]:
            questions.append(str(turn[0]))
    return questions


def is_follow_up(question: str) -> bool:
    words = re.findall(r"\w+", question)
    return bool(_FOLLOW_UP_START.match(question)) or (len(words) <= 6 and bool(_ANAPHORA.search(question)))


def contextualise(question: str, history: Sequence[Any] | None) -> str:
    """The text to search with: the question, preceded by the last question when it is a follow-up."""
    earlier = previous_questions(history)
    if earlier and is_follow_up(question):
        # The follow-up twice: its own words weigh as much in the keyword search as the question before.
        return f"{earlier[-1]} {question} {question}"
    return question
