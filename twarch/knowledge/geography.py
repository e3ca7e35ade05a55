"""Where people and data are: ISO 3166-1 countries, the groups regulations name, and Twilio's regions.

``countries.csv`` holds every ISO 3166-1 alpha-2 code with its usual English name, taken from the IANA time
zone database's ``iso3166.tab`` (public domain; current as of ISO/TC 46 N1108, 2023-04-05). The ``countries``
answer takes these codes; :data:`EU` and :data:`EEA` say which of them bring GDPR and the EU AI Act.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .sources import Source

COUNTRIES_CSV = Path(__file__).with_name("countries.csv")
ISO_SOURCE = Source("IANA time zone database, iso3166.tab (ISO 3166-1 alpha-2 as of ISO/TC 46 N1108)",
                    "https://data.iana.org/time-zones/tzdb/iso3166.tab", "2023-04-05")
EU_SOURCE = Source("Wikipedia: Member state of the European Union (27 members; read 2026-11-27)",
                   "https://en.wikipedia.org/wiki/Member_state_of_the_European_Union", "2026-11-27")
EEA_SOURCE = Source("EEA Agreement: the 27 EU member states plus Iceland, Liechtenstein and Norway (read 2026-11-27)",
                    "https://www.tutor2u.net/economics/topics/european-economic-area-eea", "2026-11-27")


def _load() -> dict[str, str]:
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    countries = {row["code"]: row["name"] for row in rows}
    if len(countries) != len(rows) or not all(len(c) == 2 and c.isascii() and c.isupper() for c in countries):
        raise ValueError(f"{COUNTRIES_CSV}: codes must be unique two-letter upper-case ISO 3166-1 codes")
    return countries


#: ISO 3166-1 alpha-2 code -> English name.
COUNTRIES: dict[str, str] = _load()

#: The 27 member states of the European Union.
EU: frozenset[str] = frozenset({"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                                "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"})
#: The European Economic Area: the EU plus Iceland, Liechtenstein and Norway (GDPR applies across it).
EEA: frozenset[str] = EU | {"IS", "LI", "NO"}

if len(EU) != 27 or not EEA <= set(COUNTRIES):
    raise ValueError("the EU must have 27 members and every EEA code must be an ISO 3166-1 code")


def country_name(code: str) -> str:
    return COUNTRIES.get(code, code)


#: What twarch does not hold inside the countries whose rules it does hold: their sub-national and sector law (round 2,
#: class E). twarch says so per answered country, as it says "no rules" of the countries it does not cover at all.
#: ``EEA`` stands for every other EU/EEA country. Names what is missing only: no obligation here needs a source.
LOCAL_LAW_GAPS: dict[str, str] = {
    "US": "state law beyond the few state rules the checklist names (each state's telemarketing, do-not-call, privacy, "
          "health-privacy and licensing laws) or federal sector rules beyond the regimes listed",
    "CA": "provincial law: privacy laws such as Quebec's, and provincial consumer-protection and collection rules "
          "beyond the pointer to them",
    "GB": "the law of the devolved nations (Scotland, Wales, Northern Ireland), such as the Welsh Language Standards "
          "that bind public bodies in Wales, or the rules of sector regulators (financial services, the NHS)",
    "DE": "national and sector law beyond GDPR: the Federal Data Protection Act (BDSG), social-data law (SGB X) "
          "for social-insurance bodies, works-council co-determination, telecom and professional-secrecy rules",
    "FR": "national and sector law beyond GDPR: CNIL guidance, health-data hosting rules, consultation of the "
          "works council (CSE), and the rules on canvassing calls",
    "EEA": "national and sector law beyond GDPR, DORA and the EU AI Act (national data-protection, telecom, "
           "employment and health-sector rules)",
}

#: The US and its territories: where the US calling and texting rules (TCPA, 10DLC, STIR/SHAKEN) reach.
US_JURISDICTIONS: frozenset[str] = frozenset({"US", "PR", "GU", "VI", "AS", "MP", "UM"})


TELEPHONY_CSV = Path(__file__).with_name("telephony.csv")
#: How calls reach or leave a country through Twilio: ``ok``, ``limited`` (the note says how) or ``none``.
REACH = ("ok", "limited", "none")
#: Which numbers callers inside a country can reach: any kind, or toll-free only.
INBOUND_NUMBERS = ("any", "toll_free")


@dataclass(frozen=True)
class Telephony:
    """What Twilio's guidelines for one country say of calls (and texts) with an AI agent there."""

    code: str
    inbound: str
    outbound: str
    voice: str  #: the limits in words
    sms: str
    source: str
    as_of: str
    checked: str
    quote: str = ""
    #: the numbers a caller inside the country can reach the agent on: ``any`` kind, or ``toll_free`` only (no local
    #: or mobile numbers to be had there)
    inbound_numbers: str = "any"
    sales_calls: str = ""  #: what outbound sales calls (telemarketing) into the country need, in words ("" nothing)


def _load_telephony() -> dict[str, Telephony]:
    with TELEPHONY_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for line, row in enumerate(rows, start=2):
        t = Telephony(row["code"], row["inbound"], row["outbound"], row["voice"], row["sms"], row["source_url"],
                      row["as_of"], row["checked"], row["quote"], row["inbound_numbers"], row["sales_calls"])
        if t.code not in COUNTRIES or t.inbound not in REACH or t.outbound not in REACH or not t.voice \
                or not t.source.startswith("https://") or not t.checked or t.inbound_numbers not in INBOUND_NUMBERS:
            raise ValueError(f"{TELEPHONY_CSV}:{line}: a known country, inbound and outbound in {REACH}, the limits in "
                             f"words, a source URL, the day it was checked and inbound_numbers in {INBOUND_NUMBERS}")
        out[t.code] = t
    return out


#: Country code -> its telephony limits, for the countries whose Twilio guidelines twarch holds.
TELEPHONY: dict[str, Telephony] = _load_telephony()


def telephony(code: str) -> Telephony | None:
    """The telephony limits Twilio publishes for ``code``, when twarch holds them."""
    return TELEPHONY.get(code)
