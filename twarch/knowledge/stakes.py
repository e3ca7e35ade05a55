"""High-stakes words in a request, declared once with what they bring (review round 1, class E).

A request can name, in passing, something that changes the law or the risk of the whole design ("past-due medical
accounts", "resets passwords"). The reader used to list such words as not understood and drop them. Each entry
here names the words (in the request reader's pattern syntax: a space is one or more spaces or hyphens, ``~`` an
optional one; see :mod:`twarch.knowledge.signals`), what they bring, and the regimes they infer.

The reader finds them (:func:`twarch.reader.request.stakes_named`, which also counts their words as understood); the
engine derives the fact ``request_stakes`` (the ids found) and its rules act on it: ``reg.stakes_hipaa`` infers
HIPAA for medical accounts in the US, ``warn.credential_resets`` is the caller-verification blocker, and the
identity-verification planner and Verify skill join the skills; behavioural-health care brings the 42 CFR Part 2
checklist item (HIPAA-12), crisis calls a live fallback for the phone hand-off (``warn.crisis_fallback``), and a
law twarch holds no rules for (``unplaced_law``) is echoed back by ``warn.unplaced_laws``. Canadian provincial
privacy law named in the request (Ontario's PHIPA, Quebec's Law 25, or Quebec named as the place) brings its regime
(``reg.ca_health_privacy``, ``reg.quebec_privacy``).

To add a term: an entry here, the rule that acts on it in ``rules.py``, and a reader case in
``tests/test_round1_review.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stake:
    id: str  #: the value of the fact ``request_stakes``
    pattern: str  #: the words, in the reader's pattern syntax
    label: str  #: what the words name, for people
    consequence: str  #: what they bring, in twarch's words
    #: a law twarch holds no rules for: the request names it, so the report echoes it as a regime twarch cannot place
    #: (the fact ``named_laws_text``) instead of listing its name among the words not understood (round 2, class E)
    unplaced_law: bool = False


_ACCOUNTS = r"(?:accounts?|bills?|billing|balances?|debts?|statements?|receivables|invoices?|collections?)"

STAKES: tuple[Stake, ...] = (
    Stake("medical_accounts",
          rf"(?:medical|patient|patients'?|hospital|clinic|physician|dental|health~care) (?:\w+ ){{0,2}}?{_ACCOUNTS}"
          r"|medical debts?|revenue cycle",
          "medical or patient accounts",
          "billing or collecting a healthcare provider's patient accounts is a payment activity done for it as its "
          "business associate, so HIPAA applies to the conversations"),
    Stake("credential_resets",
          r"(?:reset|resets|resetting|change|changes|changing) (?:\w+ ){0,2}?(?:passwords?|pins?|passcodes?|mfa|2fa"
          r"|multi~factor|two~factor|authenticators?)|password (?:resets?|changes?)|(?:mfa|2fa) resets?"
          r"|(?:unlock|unlocks|unlocking) (?:\w+ ){0,2}?(?:accounts?|logins?|users?)|account (?:unlocks?|lockouts?)",
          "password resets, account unlocks or MFA resets",
          "a caller who talks the agent into a reset takes over the account: the classic help-desk social-engineering "
          "attack"),
    Stake("behavioral_health",
          r"behaviou?ral health|mental health|substance (?:use|abuse)|addiction|(?:drug|alcohol) (?:treatment|rehab\w*"
          r"|recovery)|detox\w*",
          "behavioural-health or substance-use care",
          "records of a federally assisted substance-use-disorder program fall under 42 CFR Part 2, on top of HIPAA"),
    Stake("crisis_calls", r"crisis|crises|suicid\w*|self~harm",
          "crisis or suicide-risk calls",
          "a caller in crisis who is handed off must reach a live person: voicemail or a callback is no fallback"),
    # Canadian provincial privacy law the request names (review round 3, class E): twarch holds rules for these, so
    # they are no unplaced laws; the rules reg.ca_health_privacy and reg.quebec_privacy act on them.
    Stake("law_phipa",
          r"phipa|personal health information protection act|ontario'?s? (?:\w+ ){0,2}?(?:health|patient) "
          r"(?:\w+ )?(?:privacy|information) (?:law|act|legislation)",
          "Ontario's PHIPA (its health privacy law)",
          "a health information custodian in Ontario handles patient information under PHIPA, which an exemption "
          "order puts in PIPEDA's place for what it does inside Ontario"),
    Stake("law_quebec",
          r"law 25|loi 25|bill 64|projet de loi 64|qu[eé]bec'?s? (?:\w+ ){0,2}?privacy (?:law|act|legislation)"
          r"|act respecting the protection of personal information in the private sector",
          "Quebec's private-sector privacy act (Law 25)",
          "an enterprise in Quebec handles personal information under Quebec's private-sector act as Law 25 amended "
          "it: an assessment before data leaves Quebec, notice of decisions made by automated processing"),
    Stake("quebec_named", r"qu[eé]bec|montr[eé]al",
          "Quebec (or Montreal) as where you are",
          "a business in Quebec handles personal information under Quebec's private-sector privacy act (Law 25)"),
    *(Stake(f"law_{key}", pattern, label, "a law twarch holds no rules for: it cannot place it in the checklist",
            unplaced_law=True) for key, pattern, label in (
        ("popia", r"popia|protection of personal information act", "South Africa's POPIA"),
        ("lgpd", r"lgpd", "Brazil's LGPD"),
        ("pdpa", r"pdpa|personal data protection act", "a Personal Data Protection Act (PDPA)"),
        ("dpdp", r"dpdpa?|digital personal data protection act", "India's DPDP Act"),
        ("pipl", r"pipl", "China's PIPL"),
        ("appi", r"appi", "Japan's APPI"),
    )),
)

BY_ID: dict[str, Stake] = {s.id: s for s in STAKES}
