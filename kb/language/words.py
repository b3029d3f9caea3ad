"""Words as the rest of the code compares them: folded (lower case, no accents), and how common they are
in ordinary Dutch and English. The frequencies come from wordfreq's lists, which ship with the package:
they say how informative a word is without looking at the index, so they mean the same for a corpus of
three documents as for one of a hundred thousand passages."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# About once per million words: below that a word is rare, technical or a common misspelling
# (wordfreq counts "eigelijk" at 2.99 and "socal" at 2.93, while "appeltaart" is 3.28).
REAL_WORD_ZIPF = 3.1


# A name: a capitalised word that does not open the text ("Tilburg", "Den Haag", "ProRail"; not "SROI")
_NAME = re.compile(r"(?<=\S )[A-Z][\w-]*[a-z][\w-]*")


def names(text: str) -> list[str]:
    """The capitalised words of *text* after its first word, as written."""
    return _NAME.findall(text)


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=50_000)
def zipf(word: str) -> float:
    """How common *word* is in Dutch or English, whichever is higher (Zipf scale: 7 for 'de', 0 unknown)."""
    return max(zipf_in(word, "nl"), zipf_in(word, "en"))


def is_real_word(word: str) -> bool:
    """True for a word of ordinary Dutch or English."""
    return zipf(word) >= REAL_WORD_ZIPF


@lru_cache(maxsize=50_000)
def zipf_in(word: str, language: str) -> float:
    """How common *word* is in one language ("nl" or "en"), on the Zipf scale."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, language)


def is_dutch_word(word: str) -> bool:
    """True for a word of ordinary Dutch (not only English: "cooperate" is no part of a Dutch compound)."""
    return zipf_in(word, "nl") >= REAL_WORD_ZIPF


def informativeness(word: str) -> float:
    """A weight for a question word: rare words say more about what is asked than common ones."""
    return max(0.5, 7.0 - zipf(word))
