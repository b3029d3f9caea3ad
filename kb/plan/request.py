"""What a plan is asked for: contract type, value, term, sector, organisation — parsed from what people
type ("1,2 miljoen", "1.200.000", "60%") with a Dutch message for anything that cannot be used."""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass
from typing import Any

from kb.errors import KBError

TYPE_WORDS = {
    "werk": "werk", "werken": "werk", "w": "werk",
    "dienst": "dienst", "diensten": "dienst", "d": "dienst", "dienstverlening": "dienst",
    "levering": "levering", "leveringen": "levering", "l": "levering",
}
TYPE_NAMES = {"werk": "werk", "dienst": "dienst", "levering": "levering"}
TYPE_PLURAL = {"werk": "werken", "dienst": "diensten", "levering": "leveringen"}
MAX_VALUE = 100_000_000_000  # € 100 miljard: anything larger is a typing error
_MULTIPLIERS = {"miljard": 1e9, "mrd": 1e9, "miljoen": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6,
                "ton": 1e5, "duizend": 1e3, "k": 1e3, "dzd": 1e3}


class BadPlanInput(KBError):
    """Input a plan cannot be made from; the message (Dutch) says what to change."""


def parse_number(text: str) -> float | None:
    """A Dutch or plain number: '1.200.000', '1200000', '1,2', '1.234,50', '2.5'. None if it is not one."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if not re.fullmatch(r"[0-9][0-9.,]*", text):
        return None
    if "." in text and "," in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        text = text.replace(thousands, "").replace(decimal, ".")
    elif "." in text or "," in text:
        sep = "." if "." in text else ","
        if re.fullmatch(rf"\d{{1,3}}(\{sep}\d{{3}})+", text):
            text = text.replace(sep, "")           # 1.200.000 / 1,200,000: thousands
        elif text.count(sep) == 1:
            text = text.replace(sep, ".")          # 1,2 / 2.5: a decimal
        else:
            return None
    try:
        return float(text)
    except ValueError:
        return None


def parse_amount(raw: Any) -> float:
    """Euros from a number or text ('€ 1.200.000', '1,2 miljoen', '250k', '2 ton'); BadPlanInput if not."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise BadPlanInput("Geef de opdrachtwaarde in euro's exclusief btw, bijvoorbeeld 1200000 of '1,2 miljoen'.")
    if isinstance(raw, bool):
        raise BadPlanInput(f"'{raw}' is geen bedrag. Geef de opdrachtwaarde in euro's, bijvoorbeeld 1.200.000.")
    if isinstance(raw, (int, float)):
        amount = float(raw)
    else:
        text = str(raw).strip().lower().replace("€", " ").replace("euro", " ").replace("eur", " ")
        text = re.sub(r"\bexcl(usief)?\.?\s*btw\b", " ", text).strip()
        match = re.fullmatch(r"(-?)\s*([0-9][0-9., ]*?)\s*([a-z]+)?", text)
        if match and match.group(1):
            raise BadPlanInput("De opdrachtwaarde kan niet negatief zijn; geef een bedrag groter dan € 0.")
        number = parse_number(match.group(2)) if match else None
        unit = match.group(3) if match else None
        if number is None or (unit and unit not in _MULTIPLIERS):
            raise BadPlanInput(f"'{raw}' is geen bedrag. Geef de opdrachtwaarde in euro's, bijvoorbeeld 1.200.000 "
                               "of '1,2 miljoen'.")
        amount = number * _MULTIPLIERS.get(unit or "", 1)
    if math.isnan(amount) or amount <= 0:
        raise BadPlanInput("De opdrachtwaarde moet groter zijn dan € 0.")
    if amount > MAX_VALUE or math.isinf(amount):
        raise BadPlanInput("Die opdrachtwaarde is onwaarschijnlijk groot; geef het bedrag in euro's exclusief btw.")
    return round(amount, 2)


def parse_type(raw: Any) -> str:
    key = str(raw or "").strip().lower()
    if key not in TYPE_WORDS:
        shown = f"'{raw}'" if key else "niets"
        raise BadPlanInput(f"Onbekende soort opdracht ({shown}): kies werk, dienst of levering.")
    return TYPE_WORDS[key]


def parse_years(raw: Any) -> float | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    value = raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else \
        parse_number(str(raw).lower().replace("jaar", "").strip())
    if value is None or math.isnan(value) or not 0 < value <= 50:
        raise BadPlanInput(f"De looptijd '{raw}' is geen geldig aantal jaren: geef een getal groter dan 0 en "
                           "ten hoogste 50, bijvoorbeeld 4 of 0,5.")
    return float(value)


def parse_share(raw: Any) -> float | None:
    """A labour share as a fraction: 0.6, '0,6', '60%' and 60 all mean 60%."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    text = str(raw).strip().replace("%", "")
    value = raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else parse_number(text)
    if value is not None and 1 < value <= 100:
        value = value / 100
    if value is None or math.isnan(value) or not 0 < value <= 1:
        raise BadPlanInput(f"Het aandeel arbeid '{raw}' is ongeldig: geef een deel tussen 0 en 1 (bijv. 0,6) "
                           "of een percentage (bijv. 60%).")
    return float(value)


def sectors() -> list[str]:
    """The sectors a plan knows: the corpus vocabulary."""
    from ingest.documents import SECTORS  # the corpus vocabulary is the one list of sectors

    return sorted(SECTORS)


def parse_sector(raw: Any) -> str:
    key = str(raw or "").strip().lower()
    if key and key not in sectors():
        raise BadPlanInput(f"Onbekende sector '{raw}'. Kies uit: {', '.join(sectors())}.")
    return key


@dataclass(frozen=True)
class PlanRequest:
    """One contract to plan for. `value` is in euros excluding btw; `labour_share` a fraction."""

    type: str
    value: float
    years: float | None = None
    sector: str = ""
    organisation: str = ""
    region: str = ""
    labour_share: float | None = None

    @classmethod
    def parse(cls, type: Any, value: Any, years: Any = None, sector: Any = "", organisation: Any = "",
              region: Any = "", labour_share: Any = None) -> PlanRequest:
        """Validate everything at once; raises BadPlanInput with a Dutch message."""
        organisation = str(organisation or "").strip()
        if len(organisation) > 200:
            raise BadPlanInput("De naam van de organisatie is te lang (ten hoogste 200 tekens).")
        return cls(type=parse_type(type), value=parse_amount(value), years=parse_years(years),
                   sector=parse_sector(sector), organisation=organisation,
                   region=str(region or "").strip().lower(), labour_share=parse_share(labour_share))

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)
