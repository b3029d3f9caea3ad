"""Typo tolerance (optimal string alignment distance, so a swap of two letters counts as one typo): a
question word that the index never uses and that is no ordinary Dutch or English word ("doelgoep",
"aanbestding", "socal") is replaced by the closest word the index does use, so the misspelled question
finds what the right spelling finds. Real words are never touched: a question about "appeltaart" must
stay about appeltaart, so that it can be declined.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import process
from rapidfuzz.distance import OSA

from kb.language.words import fold, is_dutch_word, is_real_word, zipf, zipf_in
from kb.search.keyword import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_LENGTH = 4
# the endings of a compound's plural and inflected forms ("werkplek" → werkplekken with its last letter doubled,
# "doelgroep" → doelgroepen)
_INFLECTIONS = ("", "s", "e", "en")
JOIN_MIN, JOIN_SHARE = 10, 0.3  # a compound written apart: how often the index must use it (see Speller.joined)
PARTICLE_JOIN_MIN = 2  # a particle written apart from its word: the index need only know the word
RARE_WORD_ZIPF = 2.5  # below this wordfreq hardly knows a word: a slip, not a rare word of its own
COMMON_WORDS = 200_000  # wordfreq's most frequent words per language: the targets for typos of ordinary words


@lru_cache(maxsize=4)
def common_words(language: str) -> tuple[str, ...]:
    """Ordinary words of *language*, for typos of words the index lacks; read once per process (every index
    generation builds its own Speller, the language's words stay the same)."""
    from wordfreq import top_n_list

    return tuple(w for w in top_n_list(language, COMMON_WORDS) if len(w) >= MIN_LENGTH and w.isalpha())


def _field_terms() -> frozenset[str]:
    from kb.language.translation import GLOSSARY

    return frozenset(w for phrase in GLOSSARY for w in re.findall(r"[a-z]+", phrase) if len(w) >= MIN_LENGTH)


_FIELD_TERMS = _field_terms()


_ADVERB_TAILS = frozenset({"neer", "heen", "door", "over", "voor", "naar", "terug", "samen", "mede"})
_SHORT_VOWEL_END = re.compile(r"[^aeiou][aeiou][^aeiouwj]$")
_PARTICLES = ("op", "aan", "af", "in", "mee", "uit", "door", "over", "toe", "voor", "na", "bij", "om", "onder",
              "terug", "samen", "vast", "weg")


LONG_WORD = 15  # letters from which a word may be three edits from what it misspells


@dataclass(frozen=True)
class Correction:
    wrong: str
    right: str


class Speller:
    """Corrects against the vocabulary of one index (its words and how often they occur)."""

    def __init__(self, frequencies: Counter[str]) -> None:
        self.frequencies = frequencies
        self.words = [w for w in frequencies if len(w) >= MIN_LENGTH - 1]
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], str | None] = {}

    def suggest(self, word: str, language: str = "nl") -> str | None:
        """The word *word* most likely misspells: a word of the index, or an ordinary word of the
        question's language ("eigelijk" → eigenlijk, "oblihation" → obligation); None when it is a real
        word, a word of the index, or too far from anything."""
        folded = fold(word)
        if (len(folded) < MIN_LENGTH or folded in self.frequencies or not folded.isalpha()
                or is_real_word(folded)
                or folded in _FIELD_TERMS  # a field term the English glossary knows ("detainee")
                or word.isupper()):  # an abbreviation ("GDPR" is no typo of "LDPR")
            return None
        key = (folded, language)
        with self._lock:
            if key in self._cache:
                return self._cache[key]
        # "raamcontract": two real words, not a typo of "jaarcontract"
        suggestion = None if self.is_compound(folded) else self._closest(folded, language)
        if suggestion is not None and not self.likely_slip(folded, suggestion, language):
            suggestion = None
        with self._lock:
            self._cache[key] = suggestion
        return suggestion

    @staticmethod
    def likely_slip(word: str, suggestion: str, language: str) -> bool:
        """Whether *word* is more likely a slip for *suggestion* than a rare word of its own: a word ordinary
        language knows now and then ("verhoudt", "spreid") is only corrected to one at least ten times as
        common ("eigelijk" → eigenlijk), not to a rarer neighbour ("overhoudt")."""
        known = zipf_in(word, language)
        return known < RARE_WORD_ZIPF or zipf_in(suggestion, language) >= known + 1.0

    def _closest(self, folded: str, language: str) -> str | None:
        """The nearest word of the index (within 1, 2 or, for a long compound, 3 edits) or of the language's
        ordinary words (1 edit)."""
        # a long compound holds two slips as easily as a short word one ("doelgroepenregiser": 18 letters,
        # 3 edits from "doelgroepregister"); a real compound never gets here (see is_compound)
        limit = 1 if len(folded) <= 6 else 2 if len(folded) < LONG_WORD else 3
        options: list[tuple[int, int, float, str]] = []  # (distance, source rank, -frequency, word)
        own, other = (0, 1) if language == "nl" else (1, 0)
        for found, distance, _ in process.extract(folded, self.words, scorer=OSA.distance, score_cutoff=limit,
                                                  limit=20):
            options.append((distance, own, -float(self.frequencies[found]), found))
        for found, distance, _ in process.extract(folded, common_words(language), scorer=OSA.distance,
                                                  score_cutoff=1, limit=10):
            if distance == 1:
                options.append((distance, other, -zipf(found), found))
        return min(options)[3] if options else None

    def is_compound(self, word: str) -> bool:
        """True when *word* is two words the index uses or ordinary Dutch words (each at least 4 letters,
        with an optional linking s or e): a compound the index lacks is no misspelling."""
        def known(part: str) -> bool:
            return len(part) >= MIN_LENGTH and (part in self.frequencies or is_dutch_word(part))

        def verb_stem(part: str) -> bool:
            # "maaiwerk", "snoeiafval": a verb's stem joined to a noun (maaien + werk), no typo of "maatwerk"; a
            # stem never ends in one vowel and one consonant ("inkop" + en is inkopen, but its stem is inkoop:
            # "inkoptraject" is a slip for inkooptraject)
            return (len(part) >= MIN_LENGTH and not _SHORT_VOWEL_END.search(part)
                    and is_dutch_word(part + "en"))

        for i in range(MIN_LENGTH, len(word) - MIN_LENGTH + 1):
            head, tail = word[:i], word[i:]
            if tail in _ADVERB_TAILS:
                continue  # "opdrachtneer" is a typo of "opdrachtnemer", no opdracht + neer
            if known(tail) and (known(head) or (head[-1] in "se" and known(head[:-1])) or verb_stem(head)):
                return True
        # a separable verb the word lists hardly know ("optellen" is op + tellen, no typo of "opstellen")
        return any(word.startswith(p) and len(word) - len(p) >= MIN_LENGTH and is_dutch_word(word[len(p):])
                   for p in _PARTICLES)

    def joined(self, first: str, second: str, third: str | None = None) -> str | None:
        """The index's compound for two (or three) words written apart ("participatie wet" → participatiewet,
        "doelgroep register" → doelgroepregister, "werkgevers service punt" → werkgeversservicepunt): the index
        uses the compound often, and at least about as often as the rarest part alone ("social return" stays two
        words, "over een" is no "overeen"); a particle and a word of five letters or more ("door leggen",
        "onder aannemer") only need the index to know the joined word."""
        parts = [fold(w) for w in (first, second, third) if w is not None]
        if third is None and parts[0] in _PARTICLES and len(parts[1]) >= 5 and parts[1] not in STOPWORDS:
            # a particle written apart from its verb or noun ("door leggen", "onder aannemer", "af kopen"): the
            # index need only know the word, however rare ("aan bod" stays apart: a short word is a word of its own)
            joined = "".join(parts)
            return joined if self.frequencies.get(joined, 0) >= PARTICLE_JOIN_MIN else None
        if any(p in STOPWORDS for p in parts) or parts[0] in ("social", "return"):
            return None  # "werk en" is no "werken"; "social return verplichting" is the field's own phrase
        # (with its plural: "stage plek" is the index's stageplek, which it mostly writes as stageplekken; the
        # compound itself must be the index's word: "opdracht waard" is no "opdrachtwaard" for its opdrachtwaarde)
        joined = "".join(parts)
        if not self.frequencies.get(joined, 0):
            return None
        together = sum(self.frequencies.get(joined + ending, 0) for ending in (*_INFLECTIONS, joined[-1] + "en"))
        rarer = min(self.frequencies.get(p, 0) for p in parts)
        return joined if together >= JOIN_MIN and together >= JOIN_SHARE * rarer else None

    def _join_split(self, text: str, corrections: list[Correction]) -> str:
        out, last, words = [], 0, list(_WORD.finditer(text))
        i = 0
        while i + 1 < len(words):
            # three words first ("werkgevers service punt"), then two
            for size in (3, 2):
                group = words[i:i + size]
                if len(group) < size or any(text[a.end():b.start()] != " " for a, b in pairwise(group)):
                    continue
                right = self.joined(*(m.group() for m in group))
                if right is None:
                    continue
                if group[0].group()[0].isupper():
                    right = right[0].upper() + right[1:]
                out += [text[last:group[0].start()], right]
                last = group[-1].end()
                corrections.append(Correction(" ".join(m.group() for m in group), right))
                i += size
                break
            else:
                i += 1
        return "".join(out) + text[last:]

    def correct(self, text: str, language: str = "nl") -> tuple[str, list[Correction]]:
        """*text* with its misspelled words replaced, and what was replaced."""
        corrections: list[Correction] = []
        if language == "nl":
            text = self._join_split(text, corrections)

        def replace(match: re.Match[str]) -> str:
            right = self.suggest(match.group(), language)
            if right is None:
                return match.group()
            if match.group()[0].isupper():
                right = right[0].upper() + right[1:]
            corrections.append(Correction(match.group(), right))
            return right

        return _WORD.sub(replace, text), corrections
