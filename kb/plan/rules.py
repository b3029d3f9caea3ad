"""Rules as data: the schema of `corpus/rules/*.yaml`, loading, validation and organisation lookup.

One file per organisation or region. Every value (threshold, percentage, cap, building-block table,
remark) carries the URL of its source and the corpus document that explains it; a value without
them does not load. The generic profile (`algemeen.yaml`) holds PIANOo's general guidance.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import AnyUrl, BaseModel, ConfigDict, Field, ValidationError, field_validator

from kb.errors import KBError

ContractType = Literal["werk", "dienst", "levering"]
CONTRACT_TYPES: tuple[str, ...] = ("werk", "dienst", "levering")
GENERIC_ID = "algemeen"
Phase = Literal["voorbereiding", "aanbesteding", "gunning", "contractmanagement", "monitoring", "handhaving",
                "algemeen"]


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def dutch_date(day: dt.date) -> str:
    """'1 september 2023'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class RulesError(KBError):
    """The rule files cannot be used; the message lists the problems."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Sourced(_Strict):
    """A value with where it comes from: the source URL and the corpus document that explains it."""

    source: str = Field(description="URL of the page the value comes from (http or https).")
    doc: str = Field(description="Corpus document (path under corpus/) that explains the value.")

    @field_validator("source")
    @classmethod
    def _http(cls, value: str) -> str:
        if not re.match(r"^https?://\S+$", value or ""):
            raise ValueError("bron moet een http(s)-URL zijn")
        return value


class Threshold(Sourced):
    types: list[ContractType] = Field(default_factory=lambda: list(CONTRACT_TYPES))
    amount: int | None = Field(None, ge=0, description="Euro excl. btw; empty when the source names none.")
    inclusive: bool = Field(True, description="'vanaf' (true: the amount itself counts) or 'boven' (false).")
    min_months: int | None = Field(None, ge=1)
    usual: bool = Field(False, description="A practice ('meestal') rather than a fixed rule.")
    year: int | None = Field(None, description="Year the amount belongs to, when the source says.")
    label: str = Field("", description="What the source calls the threshold when it gives no amount.")


class LowLabour(_Strict):
    below: float = Field(gt=0, lt=1, description="Share of labour in the contract under which this applies.")
    percentage: float = Field(gt=0, le=100)


class Obligation(Sourced):
    percentage: float = Field(gt=0, le=100)
    base: Literal["opdrachtsom", "loonsom", "onbekend"]
    types: list[ContractType] = Field(default_factory=lambda: list(CONTRACT_TYPES))
    minimum: bool = Field(True, description="'minimaal' / a floor rather than a target.")
    low_labour: LowLabour | None = None
    status: Literal["actueel", "historisch"] = "actueel"
    note: str = ""


class Cap(Sourced):
    amount: int = Field(gt=0)
    per: str = "opdracht"


class Award(Sourced):
    max_percentage: float = Field(gt=0, le=100)
    note: str = ""


class Block(_Strict):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    label: str
    value: int | None = Field(None, ge=0, description="Euro; empty when the value is the actual cost.")
    per: Literal["jaar", "maand", "dag", "uur", "plaatsing", "kosten"] = "jaar"
    category: Literal["baan", "leren", "bonus", "overig"]
    max_years: float | None = Field(None, gt=0, description="How long one person counts, when the source says.")
    note: str = ""


class Table(Sourced):
    name: str
    version: str = ""
    valid_from: dt.date | None = None
    valid_from_note: str = ""
    basis: str = ""
    status: Literal["actueel", "historisch"] = "actueel"
    blocks: list[Block] = Field(min_length=1)

    def date_text(self) -> str:
        """The table's date as people read it (or that the source gives none)."""
        if self.valid_from:
            note = f" ({self.valid_from_note})" if self.valid_from_note else ""
            return f"geldig vanaf {dutch_date(self.valid_from)}{note}"
        return self.valid_from_note or "de bron noemt geen ingangsdatum"


class Note(Sourced):
    text: str = Field(min_length=10)
    phase: Phase = "algemeen"


class Members(Sourced):
    names: list[str] = Field(min_length=1)


class Percentage(Sourced):
    value: float = Field(gt=0, le=100)
    note: str = ""


class Range(Sourced):
    low: float = Field(gt=0, le=100)
    high: float = Field(gt=0, le=100)
    note: str = ""


class Percelen(Sourced):
    services_lot_max: int = Field(gt=0, description="Largest exempt lot for diensten and leveringen.")
    works_lot_max: int = Field(gt=0, description="Largest exempt lot for werken.")
    share_max: float = Field(gt=0, le=100, description="Exempt lots together at most this % of the total.")


class General(_Strict):
    """PIANOo's general guidance, used when an organisation has no rule of its own."""

    opdrachtsom_range: Range
    loonsom_percentage: Percentage
    low_labour_share: Percentage = Field(description="Labour share (%) below which a contract has 'weinig "
                                                     "arbeidsinzet', as one organisation's rule puts it.")
    percelen: Percelen
    reserved_share: Percentage


class Profile(_Strict):
    """One organisation or region (or the generic profile)."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=2)
    kind: Literal["gemeente", "regio", "provincie", "rijk", "waterschap", "algemeen"]
    aliases: list[str] = Field(default_factory=list)
    members: Members | None = None
    checked: dt.date
    summary: str = Field(min_length=20)
    thresholds: list[Threshold] = Field(default_factory=list)
    obligation: Obligation | None = None
    cap: Cap | None = None
    award: Award | None = None
    tables: list[Table] = Field(default_factory=list)
    tables_from: str | None = Field(None, description="Id of the profile whose building-block tables apply.")
    tables_note: str = ""
    placement_max_years: Percentage | None = Field(None, description="How long one person counts (years).")
    notes: list[Note] = Field(default_factory=list)
    general: General | None = None

    def sourced_values(self) -> list[Sourced]:
        """Every value that must trace back to a source and a document."""
        values: list[Sourced] = [*self.thresholds, *self.tables, *self.notes]
        values += [v for v in (self.members, self.obligation, self.cap, self.award, self.placement_max_years) if v]
        if self.general:
            g = self.general
            values += [g.opdrachtsom_range, g.loonsom_percentage, g.low_labour_share, g.percelen, g.reserved_share]
        return values


def normalise_name(name: str) -> str:
    """Lower case, no accents, no 'gemeente'/'regio' prefix, single spaces: 'Gemeente Súdwest-Fryslân'
    and 'sudwest fryslan' meet."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"^(de |het )?(gemeente|regio|arbeidsmarktregio) ", "", text)
    return text


@dataclass
class Match:
    """An organisation found in the rules: its profile, and whether it was found as a member of a region."""

    profile: Profile
    via_member: str = ""


@dataclass
class RuleBook:
    """All profiles, looked up by id or by an organisation's name."""

    profiles: dict[str, Profile]
    names: dict[str, str] = field(default_factory=dict)       # normalised name -> profile id
    members: dict[str, str] = field(default_factory=dict)     # normalised member name -> profile id

    @property
    def generic(self) -> Profile:
        return self.profiles[GENERIC_ID]

    def find(self, organisation: str) -> Match | None:
        """The profile for an organisation name (own profile first, then a region it belongs to)."""
        key = normalise_name(organisation)
        if not key:
            return None
        if key in self.names:
            return Match(self.profiles[self.names[key]])
        if key in self.members:
            return Match(self.profiles[self.members[key]], via_member=organisation.strip())
        return None

    def tables_for(self, profile: Profile) -> tuple[Profile, list[Table]]:
        """The profile whose tables apply (itself or the one named in `tables_from`) and those tables."""
        owner = self.profiles[profile.tables_from] if profile.tables_from else profile
        return owner, owner.tables

    def organisations(self) -> list[str]:
        """Names people can choose from: every profile's name (not the generic one) and every member."""
        names = {p.name for p in self.profiles.values() if p.id != GENERIC_ID}
        for profile in self.profiles.values():
            if profile.members:
                names.update(profile.members.names)
        return sorted(names, key=str.casefold)


def _describe(error: ValidationError) -> str:
    problems = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "bestand"
        if item["type"] == "missing":
            last = str(item["loc"][-1]) if item["loc"] else ""
            hint = " (elke waarde heeft een bron-URL en een corpusdocument nodig)" if last in ("source", "doc") else ""
            problems.append(f"{where}: ontbreekt{hint}")
        elif item["type"] == "extra_forbidden":
            problems.append(f"{where}: onbekend veld")
        else:
            problems.append(f"{where}: {item['msg'].removeprefix('Value error, ')}")
    return "; ".join(problems)


def read_profiles(rules_dir: Path) -> tuple[dict[str, Profile], list[tuple[str, str]]]:
    """Parse every `*.yaml` file under *rules_dir*; collect problems instead of stopping."""
    profiles: dict[str, Profile] = {}
    problems: list[tuple[str, str]] = []
    for path in sorted(rules_dir.glob("*.yaml")):
        name = f"rules/{path.name}"
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            profile = Profile.model_validate(raw if isinstance(raw, dict) else {})
        except yaml.YAMLError as exc:
            problems.append((name, f"geen geldige YAML: {getattr(exc, 'problem', exc)}"))
            continue
        except ValidationError as exc:
            problems.append((name, _describe(exc)))
            continue
        if profile.id != path.stem:
            problems.append((name, f"id '{profile.id}' moet gelijk zijn aan de bestandsnaam '{path.stem}'"))
            continue
        profiles[profile.id] = profile
    return profiles, problems


def check_profiles(profiles: Mapping[str, Profile], doc_sources: Mapping[str, set[str]]) -> list[tuple[str, str]]:
    """Cross-file checks: documents exist and list the value's source, references resolve, names are unique."""
    problems: list[tuple[str, str]] = []
    if GENERIC_ID not in profiles:
        problems.append((f"rules/{GENERIC_ID}.yaml", "het algemene profiel ontbreekt"))
    elif profiles[GENERIC_ID].general is None:
        problems.append((f"rules/{GENERIC_ID}.yaml", "het algemene profiel mist 'general'"))
    seen: dict[str, str] = {}
    for profile in profiles.values():
        where = f"rules/{profile.id}.yaml"
        for value in profile.sourced_values():
            if value.doc not in doc_sources:
                problems.append((where, f"document '{value.doc}' bestaat niet in de corpus"))
            elif _same_url(value.source) not in {_same_url(u) for u in doc_sources[value.doc]}:
                problems.append((where, f"bron {value.source} staat niet bij de bronnen van {value.doc}"))
        if profile.tables_from and profile.tables_from not in profiles:
            problems.append((where, f"tables_from verwijst naar onbekend profiel '{profile.tables_from}'"))
        for name in {normalise_name(n) for n in [profile.name, profile.id, *profile.aliases]}:
            if name in seen and seen[name] != profile.id:
                problems.append((where, f"naam '{name}' staat ook in rules/{seen[name]}.yaml"))
            seen[name] = profile.id
        for table in profile.tables:
            ids = [b.id for b in table.blocks]
            if len(ids) != len(set(ids)):
                problems.append((where, f"tabel '{table.name}' heeft dubbele bouwblok-ids"))
    return problems


def _same_url(url: str) -> str:
    """URLs compared the way the corpus loader stores them (pydantic's normal form)."""
    try:
        return str(AnyUrl(url))
    except ValidationError:
        return url


def build_rulebook(profiles: dict[str, Profile]) -> RuleBook:
    book = RuleBook(profiles)
    for profile in profiles.values():
        for name in [profile.name, profile.id, *profile.aliases]:
            book.names[normalise_name(name)] = profile.id
    for profile in profiles.values():
        for name in profile.members.names if profile.members else []:
            book.members.setdefault(normalise_name(name), profile.id)
    return book


def check_rules(rules_dir: Path, doc_sources: Mapping[str, set[str]]) -> tuple[RuleBook | None, list[tuple[str, str]]]:
    """Load and validate the rule files. Returns the rule book (None when there are problems) and the problems."""
    if not rules_dir.is_dir():
        return None, [(str(rules_dir), "map met regels ontbreekt")]
    profiles, problems = read_profiles(rules_dir)
    problems += check_profiles(profiles, doc_sources)
    return (None if problems else build_rulebook(profiles)), problems


def load_rulebook(rules_dir: Path, doc_sources: Mapping[str, set[str]]) -> RuleBook:
    """The validated rule book; raises RulesError naming every problem."""
    book, problems = check_rules(rules_dir, doc_sources)
    if book is None:
        listed = "; ".join(f"{path}: {problem}" for path, problem in problems)
        raise RulesError(f"De regels in {rules_dir} zijn ongeldig ({listed}). Draai: kb corpus check")
    return book
