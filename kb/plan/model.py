"""The plan as a typed result: every sentence with the numbers of the sources it rests on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from kb.plan.library import Library
from kb.plan.request import PlanRequest


def euro(amount: float) -> str:
    """'€ 1.200.000' (whole euros) or '€ 1.234,50'."""
    if abs(amount - round(amount)) < 0.005:
        return "€ " + f"{round(amount):,}".replace(",", ".")
    whole, cents = f"{amount:,.2f}".split(".")
    return "€ " + whole.replace(",", ".") + "," + cents


def percent(value: float) -> str:
    """'2%' or '2,5%'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


@dataclass
class Source:
    """A numbered source of a plan: the corpus document and the exact page the value comes from."""

    n: int
    doc_id: str
    title: str
    url: str
    source_title: str = ""
    checked: str = ""
    dates: list[str] = field(default_factory=list)  # the rule dates this source carries


@dataclass
class Line:
    """One statement with its citation numbers."""

    text: str
    cites: list[int] = field(default_factory=list)


@dataclass
class Route:
    key: str
    name: str
    verdict: str
    text: str
    cites: list[int] = field(default_factory=list)


@dataclass
class Obligation:
    """The obligation in euros (or why there is no number), with the arithmetic written out."""

    applies: str                     # ja | nee | onbekend
    basis: str                       # organisatie | algemeen | geen
    amount: float | None = None      # the organisation's obligation, caps applied
    low: float | None = None         # the generic range, when no organisation rule gives a number
    high: float | None = None
    per_year: float | None = None
    award_max: float | None = None   # the most an award criterion may ask, when a rule says
    target: float | None = None      # what the worked combinations add up to
    target_label: str = ""
    lines: list[Line] = field(default_factory=list)


@dataclass
class Item:
    count: int
    label: str
    value: float
    per: str

    @property
    def total(self) -> float:
        return self.count * self.value


@dataclass
class Combination:
    title: str
    items: list[Item]
    target: float
    table: str
    table_date: str
    basis: str
    persons_note: str = ""
    cites: list[int] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(i.total for i in self.items)

    def arithmetic(self) -> str:
        parts = [f"{i.count} × {euro(i.value)} ({i.label})" for i in self.items]
        return f"{' + '.join(parts)} = {euro(self.total)}"


@dataclass
class Clause:
    title: str
    text: str
    cites: list[int] = field(default_factory=list)


@dataclass
class Phase:
    name: str
    items: list[Line] = field(default_factory=list)


@dataclass
class Plan:
    request: PlanRequest
    organisation: str                # as asked
    profile_id: str | None           # the rules used (None: generic guidance only)
    profile_name: str
    generic: bool
    headline: str
    notices: list[Line] = field(default_factory=list)
    fit: list[Line] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)
    obligation: Obligation = field(default_factory=lambda: Obligation("onbekend", "geen"))
    combinations: list[Combination] = field(default_factory=list)
    combinations_note: list[Line] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    checklist: list[Phase] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    rule_dates: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for combination, raw in zip(self.combinations, data["combinations"]):
            raw["total"] = combination.total
            raw["arithmetic"] = combination.arithmetic()
        return data


class Citations:
    """Numbers sources in order of first use; the same document and page keep one number."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.sources: list[Source] = []
        self._index: dict[tuple[str, str], int] = {}

    def cite(self, doc_id: str, url: str = "", date: str = "") -> int:
        doc = self.library.get(doc_id)
        url = url or (doc.url if doc else "")
        key = (doc_id, url)
        if key not in self._index:
            self.sources.append(Source(
                n=len(self.sources) + 1, doc_id=doc_id, title=doc.title if doc else doc_id, url=url,
                source_title=self.library.source_title(doc_id, url), checked=doc.checked if doc else ""))
            self._index[key] = len(self.sources)
        number = self._index[key]
        if date and date not in self.sources[number - 1].dates:
            self.sources[number - 1].dates.append(date)
        return number

    def value(self, sourced: Any, date: str = "") -> int:
        """Cite a rule value (anything with `.doc` and `.source`)."""
        return self.cite(sourced.doc, sourced.source, date)
