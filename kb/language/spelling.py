"""Typo tolerance (optimal string alignment distance, so a swap of two letters counts as one typo): a question word that the index never uses and that is no ordinary Dutch or English
word ("doelgoep", "aanbestding", "socal") is replaced by the closest word the index does use, so the
misspelled question finds what the right spelling finds. Real words are never touched: a question
about "appeltaart" must stay about appeltaart, so that it can be declined.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kb.language.words import fold, is_real_word, zipf

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_LENGTH = 4


@dataclass(frozen=True)
class Correction:
    wrong: str
    right: str


class Speller:
    """Corrects against the vocabulary of one index (its words and how often they occur)."""

    def __init__(self, frequencies: Counter[str], min_count: int = 2) -> None:
        self.frequencies = frequencies
        self.words = [w for w, n in frequencies.items() if n >= min_count and len(w) >= MIN_LENGTH - 1]
        self._lock = threading.Lock()
        self._cache: dict[str, str | None] = {}
        self._common: list[str] | None = None  # ordinary Dutch words, for typos of words the index lacks

    def common_words(self) -> list[str]:
        if self._common is None:
            from wordfreq import top_n_list

            self._common = [w for w in top_n_list("nl", 50_000) if len(w) >= MIN_LENGTH and w.isalpha()]
        return self._common

    def suggest(self, word: str) -> str | None:
        """The index word *word* most likely misspells, or None."""
        folded = fold(word)
        if (len(folded) < MIN_LENGTH or folded in self.frequencies or not folded.isalpha()
                or is_real_word(folded)):
            return None
        with self._lock:
            if folded in self._cache:
                return self._cache[folded]
        limit = 1 if len(folded) <= 6 else 2
        matches = process.extract(folded, self.words, scorer=OSA.distance, score_cutoff=limit, limit=20)
        best = min(matches, key=lambda m: (m[1], -self.frequencies[m[0]]), default=None)
        if best is None or best[1] > 1:
            # "eigelijk" is a typo of an ordinary word ("eigenlijk"), not of one the index uses
            common = [m for m in process.extract(folded, self.common_words(), scorer=OSA.distance,
                                                 score_cutoff=1, limit=10) if m[1] == 1 and is_real_word(m[0])]
            if common:
                best = (max(common, key=lambda m: zipf(m[0]))[0], 1)
        suggestion = best[0] if best else None
        with self._lock:
            self._cache[folded] = suggestion
        return suggestion

    def correct(self, text: str) -> tuple[str, list[Correction]]:
        """*text* with its misspelled words replaced, and what was replaced."""
        corrections: list[Correction] = []

        def replace(match: re.Match[str]) -> str:
            right = self.suggest(match.group())
            if right is None:
                return match.group()
            corrections.append(Correction(match.group(), right))
            return right

        return _WORD.sub(replace, text), corrections
