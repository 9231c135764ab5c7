"""Encounter-level facts: payer kind, provider-selected E/M, diagnoses (Conditions + note), indications,
ABN, prior services (global periods) and whether the E/M documents separately identifiable work."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from server.coding.extract import text as tx
from server.coding.extract.bundle import BundleIndex
from server.coding.extract.bundle import cc_text
from server.coding.extract.bundle import cpt_codes
from server.coding.extract.bundle import icd_codes
from server.coding.extract.bundle import norm_ref
from server.coding.extract.bundle import parse_date
from server.coding.extract.bundle import rkey
from server.coding.extract.dx import find_dx
from server.coding.extract.sites import find_sites
from server.coding.extract.scan import FoldedPattern
from server.coding.extract.scan import FoldedScanner
from server.coding.model import DxFact
from server.coding.model import Indication
from server.coding.model import PayerKind
from server.coding.model import PriorService
from server.coding.model import Span
from server.coding.tables import Tables

EM_RE = re.compile(r"^992(0[2-5]|1[1-5])$")

_PAYER_PATTERNS = [
    (
        PayerKind.MEDICARE_ADVANTAGE,
        re.compile(
            r"medicare\s+advantage|\bma\b|part\s+c|medicare\s+(?:hmo|ppo)|"
            r"(?:hmo|ppo)\s+medicare|medicare\s+replacement|mapd|"
            r"(?:humana|aetna|uhc|united\s*healthcare|wellcare|anthem|cigna"
            r"|"
            r"kaiser|devoted|clover|alignment|scan)\b.{0,30}medicare|"
            r"medicare.{0,20}(?:complete|choice|gold|plus|advantage)",
            re.I,
        ),
    ),
    (
        PayerKind.MEDICAID,
        re.compile(
            r"medicaid|medi-?cal|chip\b|masshealth|tenncare|ahcccs|badgercare|"
            r"soonercare|husky|apple\s+health|\bmco\b",
            re.I,
        ),
    ),
    (
        PayerKind.MEDICARE,
        re.compile(
            r"medicare|cms\b|part\s+b|noridian|novitas|palmetto|wps\b|cgs\b|"
            r"first\s+coast|ngs\b|national\s+government\s+services",
            re.I,
        ),
    ),
    (PayerKind.SELF_PAY, re.compile(r"self[- ]?pay|uninsured|cash|private\s+pay", re.I)),
]
_SOPT = {
    "1": PayerKind.MEDICARE,
    "11": PayerKind.MEDICARE,
    "111": PayerKind.MEDICARE_ADVANTAGE,
    "112": PayerKind.MEDICARE_ADVANTAGE,
    "12": PayerKind.MEDICARE_ADVANTAGE,
    "121": PayerKind.MEDICARE,
    "122": PayerKind.MEDICARE,
    "2": PayerKind.MEDICAID,
    "21": PayerKind.MEDICAID,
    "5": PayerKind.COMMERCIAL,
    "6": PayerKind.COMMERCIAL,
    "8": PayerKind.SELF_PAY,
    "81": PayerKind.SELF_PAY,
    "82": PayerKind.SELF_PAY,
}


def payer(idx: BundleIndex, patient_ref: str | None) -> tuple[PayerKind, str | None]:
    covs = [c for c in idx.of("Coverage") if c.get("status", "active") == "active"]
    if not covs:
        covs = idx.of("Coverage")
    if not covs:
        return PayerKind.UNKNOWN, None
    covs.sort(key=lambda c: c.get("order", 1))
    cov = covs[0]
    texts = []
    typ = cov.get("type") or {}
    for c in typ.get("coding", []) or []:
        code = str(c.get("code", ""))
        if "sopt" in (c.get("system") or "").lower() or "nahdo" in (c.get("system") or "").lower():
            # the most specific SOPT code wins; fall back to its first digits
            for k in (code, code[:3], code[:2], code[:1]):
                if k in _SOPT:
                    return _SOPT[k], rkey(cov)
        texts.append(c.get("display") or "")
        texts.append(code)
    texts.append(typ.get("text") or "")
    for p in cov.get("payor", []) or []:
        org = idx.get(p)
        if org:
            texts.append(org.get("name") or "")
            for a in org.get("alias", []) or []:
                texts.append(a)
        if isinstance(p, dict):
            texts.append(p.get("display") or "")
    for cl in cov.get("class", []) or []:
        texts.append(cl.get("name") or "")
        texts.append(str(cl.get("value") or ""))
    joined = " | ".join(t for t in texts if t)
    for kind, rx in _PAYER_PATTERNS:
        if rx.search(joined):
            if kind == PayerKind.MEDICARE and re.search(r"\b(?:hmo|ppo)\b", joined, re.I):
                return PayerKind.MEDICARE_ADVANTAGE, rkey(cov)
            return kind, rkey(cov)
    if re.search(r"\bpay\b|selfpay", joined, re.I) and re.search(r"self", joined, re.I):
        return PayerKind.SELF_PAY, rkey(cov)
    return (PayerKind.COMMERCIAL if joined.strip() else PayerKind.UNKNOWN), rkey(cov)


def em_code(idx: BundleIndex, enc: dict | None, enc_key: str | None) -> tuple[str | None, tuple[Span, ...]]:
    if enc:
        for i, t in enumerate(enc.get("type", []) or []):
            for code, _disp in cpt_codes(t):
                if EM_RE.match(code) or code == "99024":
                    return code, (Span(f"{enc_key}#type[{i}]", 0, len(code), code),)
        for code, _ in cpt_codes(enc.get("serviceType")):
            if EM_RE.match(code):
                return code, (Span(f"{enc_key}#serviceType", 0, len(code), code),)
    for ci in idx.of("ChargeItem"):
        ek = norm_ref(idx, ci.get("context") or ci.get("encounter"))
        if ek and enc_key and ek != enc_key:
            continue
        for code, _ in cpt_codes(ci.get("code")):
            if EM_RE.match(code):
                return code, (Span(f"{rkey(ci)}#code", 0, len(code), code),)
    for pr in idx.of("Procedure"):  # a superbill keyed as Procedures: "OFFICE VISIT EST LVL 3" = 99213
        ek = norm_ref(idx, pr.get("encounter"))
        if not enc_key or ek != enc_key:
            continue
        for code, _ in cpt_codes(pr.get("code")):
            if EM_RE.match(code):
                return code, (Span(f"{rkey(pr)}#code", 0, len(code), code),)
    return None, ()


def conditions(idx: BundleIndex) -> list[DxFact]:
    out: list[DxFact] = []
    for c in idx.of("Condition"):
        vs = "".join(x.get("code", "") for x in ((c.get("verificationStatus") or {}).get("coding") or []))
        if vs in ("entered-in-error", "refuted"):
            continue
        codes = icd_codes(c.get("code"))
        text = cc_text(c.get("code"))
        site = " ".join(cc_text(b) for b in c.get("bodySite", []) or []) or None
        notes = " ".join(n.get("text", "") for n in c.get("note", []) or [])
        confirmed = bool(re.search(r"biops|patholog|histolog|path\b|confirmed", text + " " + notes, re.I))
        src = rkey(c)
        ev = (Span(f"{src}#code", 0, len(text), text),) if text else ()
        out.append(DxFact(codes[0] if codes else None, text, site, None, confirmed, src, ev))
    return out


def prior_services(
    idx: BundleIndex, current: set[str], service_date: date | None, tables: Tables, enc_key: str | None
) -> list[PriorService]:
    out: list[PriorService] = []
    for p in idx.of("Procedure") + idx.of("ChargeItem"):
        k = rkey(p)
        if k in current:
            continue
        ek = norm_ref(idx, p.get("encounter") or p.get("context"))
        performed = parse_date(
            p.get("performedDateTime")
            or (p.get("performedPeriod") or {}).get("start")
            or p.get("occurrenceDateTime")
            or (p.get("occurrencePeriod") or {}).get("start")
        )
        if performed is None and ek:
            enc = idx.get(ek)
            if enc:
                performed = parse_date((enc.get("period") or {}).get("start"))
        if performed is None or (service_date and performed >= service_date and ek == enc_key):
            continue
        if service_date and performed > service_date:
            continue
        for code, _ in cpt_codes(p.get("code")):
            g = tables.global_days(code)
            gd = {"000": 0, "010": 10, "090": 90}.get(g or "")
            dx = []
            for r in p.get("reasonReference", []) or []:
                cond = idx.get(r)
                if cond:
                    dx.extend(icd_codes(cond.get("code")))
            for rc in p.get("reasonCode", []) or []:
                dx.extend(icd_codes(rc))
            site = " ".join(cc_text(b) for b in p.get("bodySite", []) or []) or None
            out.append(PriorService(code, performed, gd, tuple(dx), site, k))
    return out


_IND = [
    ("bleeding", r"bleed(?:s|ing)?|bled|hemorrhag\w*"),
    ("itching", r"itch(?:y|ing|es)?|prurit(?:ic|us)"),
    ("pain", r"pain(?:ful)?|tender(?:ness)?|sore\b|hurts"),
    ("inflamed", r"inflamed|inflammation|inflammatory|erythem\w+|swollen|swelling|edema"),
    (
        "irritated",
        r"irritat\w+|catch(?:es|ing)?\s+on|rubs?\b|rubbing|traumatiz\w+|snag\w*|"
        r"(?:repeatedly\s+|keeps\s+(?:getting\s+)?|gets\s+)?(?:cut|nicked|scraped)\s+(?:by|with|when|while|shaving)",
    ),
    ("infected", r"infected|infection|purulen\w+|\bpus\b|oozing|weeping"),
    ("changing", r"chang(?:ing|ed|e\s+in)|enlarg\w+|darken\w*|evolv\w+|new\s+lesion|increas\w+\s+in\s+size"),
    (
        "suspicious",
        r"suspicious|atypical|atypia|dysplastic|(?<!cosmetic\s)(?<!aesthetic\s)concern(?:ing|ed|s)?\b(?!\s*:)|r/o\b|rule[- ]out|irregular|positive\s+"
        r"margins?|"
        r"residual|recurren\w+|ddx|differential",
    ),
    ("obstructs-function", r"obstruct\w*|vision|visual\s+field|interfer\w+\s+with|impair\w*"),
    ("rapid-growth", r"rapid(?:ly)?\s+(?:grow\w*|enlarg\w*)"),
    (
        "cosmetic-request",
        r"cosmetic\w*|for\s+appearance|aesthetic|unsightly|does\s+not\s+like\s+(?:the\s+)?(?"
        r":look|"
        r"appearance)|bothered\s+by\s+(?:the\s+)?appearance",
    ),
    ("asymptomatic", r"asymptomatic|no\s+symptoms|not\s+(?:bothersome|symptomatic)"),
    # failed conventional therapy (PUVA, NCD 250.1): told as history ("Failed: topicals (1 yr), NB-UVB 2025")
    (
        "treatment-failure",
        r"fail(?:ed|ure|ing)\b|refractory|intractable|unresponsive|recalcitrant|not\s+respond\w*|"
        r"no\s+(?:meaningful\s+|significant\s+)?(?:response|improvement)",
    ),
]
IND_RES = [(k, re.compile(r"\b(?:" + p + r")", re.I)) for k, p in _IND]
_IND_ONE = re.compile(
    r"\b(?=[a-z])(?:" + "|".join(rf"(?P<g{i}>{p})" for i, (_, p) in enumerate(_IND)) + ")", re.I
)
_IND_KIND = {f"g{i}": k for i, (k, _) in enumerate(_IND)}
ABN_RE = FoldedPattern(re.compile(
    r"\babn\b[^.]{0,60}(?:signed|on\s+file|obtained|given|completed|reviewed)|"
    r"(?:signed|obtained|completed|executed|provided|gave|given)\s+(?:her\s+|him\s+)?(?:an?\s+|the\s+|our\s+|her\s+|his\s+)?"
    r"(?:\(?(?:voluntary|written|medicare|cms|standard|optional|notice\s+of\s+non-?coverage)\)?[\s,-]+){0,2}"
    r"(?:abn|advance\s+beneficiary\s+notice|cms-?r-?131|advance\s+notice)|"
    r"advance\s+beneficiary\s+notice[^.]{0,80}?(?:signed|on\s+file|obtained|reviewed|given|provided)|"
    # "[X] Notice given voluntarily; pt chose ... - signed", "voluntary notice given"
    r"\bnotice\s+(?:was\s+)?(?:given|signed)\s+voluntarily|\bvoluntary\s+notice\s+(?:was\s+)?(?:given|signed)|"
    # "signed our voluntary notice of non-coverage (ABN, ...)", "signed the voluntary notice (Advance Beneficiary ..."
    r"signed\s+(?:our|the|an?|her|his)?\s*(?:voluntary\s+)?(?:medicare\s+|cms\s+)?notice\b[^.]{0,60}?(?:abn|advance\s+beneficiary|non-?coverage|"
    r"(?:will|does|would)\s+not\s+(?:pay|cover))",
    re.I,
))
ABN_NEG = re.compile(
    r"no\s+(?:\w+\s+){0,2}(?:abn|advance\s+beneficiary\s+notice)|abn\s*[:=\-]?\s*(?:was\s+|is\s+)?(?:not|none\b|no\b|n/a|declined|refused)|"
    r"(?:abn|advance\s+beneficiary\s+notice)\s+(?:\([^)]{0,20}\)\s+)?(?:was|is|has)\s+(?:not|never)\b|"
    r"\b(?:abn|advance\s+(?:beneficiary\s+)?notice)\b[^\n?]{0,30}\?[ \t]*\n[ \t]*A\s*[:.)][ \t]*(?:no|none|n/a|not)\b|"
    # "Patient was not given an Advance Beneficiary Notice before the procedure"
    r"\b(?:not|never)\s+(?:been\s+)?(?:given|provided|offered|signed|obtained|issued)\s+(?:an?\s+|the\s+)?"
    r"(?:abn|advance\s+beneficiary\s+notice)|"
    r"without\s+(?:an?\s+)?abn|declined\s+(?:to\s+sign\s+)?(?:"
    r"the\s+)?abn|"
    r"\babn\b[^.\n]{0,30}(?:not\s+obtained|(?:\[\s*\]|☐)\s*(?:signed|obtained|on\s+file))|"  # "ABN: [ ] signed -- not obtained"
    r"(?:\[\s*\]|☐)\s*(?:abn|advance\s+beneficiary\s+notice)\b",  # "[ ] ABN / notice signed -- not offered (forms out)"
    re.I,
)


def indications(text: str, source: str, base: int = 0, lesion_id: str | None = None) -> list[Indication]:
    """Affirmed indications (first mention of each kind) in ``text``."""
    return [
        Indication(kind, lesion_id, Span(source, base + a, base + b, t))
        for kind, a, b, t in _indications(text)
    ]


_RISKS_BEFORE = re.compile(
    r"\b(?:risks?|complications?|side\s+effects?)\b[^.;]*?\b(?:of|include|including|such\s+as|like|were|are)\b[^.;]*$",
    re.I,
)


_IND_SCAN = FoldedScanner(_IND_ONE, lexicon=True)

_NON_BEFORE = re.compile(r"\b(?:non|un|not)[- ]?$", re.I)


@lru_cache(maxsize=8192)
def _indications(text: str) -> tuple[tuple[str, int, int, str], ...]:
    out: list[tuple[str, int, int, str]] = []
    seen: set[str] = set()
    for m in _IND_SCAN.finditer(text):
        kind = _IND_KIND[m.lastgroup]
        if kind in seen:
            continue
        if _NON_BEFORE.search(text[max(0, m.start() - 5) : m.start()]):
            continue  # "non-inflamed", "non-tender"
        if tx.unticked(text, m.start()):
            continue  # "Symptoms: [ ] itching [ ] bleeding [x] cosmetic concern": an unticked option
        if ("Q" in text or "?" in text) and tx.question_denied(text, m.start()):
            continue  # "Q: Symptoms (itch / bleeding / pain)?" / "A: None - denies all"; 'Itch? "Not really."'
        if _ZERO_SCORE.match(text, m.end()) or in_history_field(text, m.start()):
            continue  # "Pain score at check-in: 0/10"; "PSH: shave of an SK 2023 (it was bleeding then)", "MEDS: ..."
        ss, se = tx.sentence_bounds(text, m.start())
        if _RISKS_BEFORE.search(text[ss : m.start()]):
            continue  # "risks ... including bleeding, infection, scarring": consent text, not a symptom
        if tx.OTHER_PERSON.search(text[max(ss, m.start() - 60) : m.start()]):
            continue  # "pt insisted on Mohs after a friend's recurrence": another person's history
        st = tx.assertion(text[ss:se], m.start() - ss, m.end() - ss)
        if kind == "asymptomatic":
            st = "affirmed" if st != "historical" else st
        elif kind == "treatment-failure":
            if POLICY.search(text[ss:se]):
                continue  # "Medicare covers PUVA only for intractable psoriasis after failure of ...": the rule
            st = "affirmed" if st == "historical" else st
        elif st == "historical" and _RECENT.search(text, ss, se):
            st = "affirmed"  # "it bled last week": a recent symptom is the lesion's indication
        if st != "affirmed":
            continue
        seen.add(kind)
        out.append((kind, m.start(), m.end(), text[m.start() : m.end()]))
    return tuple(out)


_ZERO_SCORE = re.compile(r"\s*(?:score|scale)\b[^\n\d]{0,20}\b0\s*(?:/\s*10)?\b", re.I)
# a history or medication-list field: its symptoms are past ones or another problem's ("Kenalog cream (for an
# itchy patch on the shin last fall)")
_HISTORY_FIELD = re.compile(
    r"[ \t]*(?:pmh|psh|pmhx|pshx|past\s+(?:medical|surgical|derm\w*)\s+(?:history|hx)|meds|medications?|"
    r"current\s+medications|allerg\w+|fh|family\s+(?:history|hx)|sh|social\s+(?:history|hx))\s*:",
    re.I,
)


def in_history_field(text: str, pos: int) -> bool:
    """``pos`` lies in a history or medication-list field: its line, or the first line above it that is not
    indented, starts with such a label ("PSH: ...\n (it was bleeding then)")."""
    ls = text.rfind("\n", 0, pos) + 1
    while ls > 0 and text[ls : ls + 1] in (" ", "\t"):
        ls = text.rfind("\n", 0, ls - 1) + 1
    return bool(_HISTORY_FIELD.match(text, ls))


_RECENT = re.compile(
    r"\b(?:last\s+(?:week|night|month)|yesterday|(?:past|last)\s+(?:few\s+)?(?:days?|weeks?|month)|this\s+(?:week|month)|"
    r"recently|(?:\d{1,2}|a|one|two|three|few|several)\s+(?:days?|weeks?)\s+ago)\b",
    re.I,
)


# a coverage rule or a treatment's usual place, not this patient's history: "Medicare covers PUVA only for ...",
# "PUVA is normally reserved for more severe psoriasis that has failed conventional treatment"
POLICY = re.compile(
    r"\b(?:covers?|covered|coverage|only\s+for|criteria|requires?|required|ncd|lcd|reserved\s+for|normally|usually|"
    r"typically)\b",
    re.I,
)


_COURSE_DAY = FoldedPattern(re.compile(
    r"\bday\s+(\d{1,3})\s+of\s+(?:the\s+|this\s+)?(?:current\s+)?(?:puva\s+)?(?:treatment\s+)?course\b|"
    r"\bcourse\s+(?:start(?:ed)?|began|begun)\s*:?\s*(?:on\s+)?(\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)",
    re.I,
))
_IMPROVED = FoldedPattern(re.compile(
    r"\bimprov(?:ed|ing|ement)\b|\bclearing\b|\bpasi\s+\d+\s*%?\s+(?:reduction|better)", re.I
))


def photo_course(text: str, source: str, sdate: date | None) -> list[Indication]:
    """The phototherapy course's length and response for NCD 250.1's 30-day PUVA limit: "course-over-30-days"
    ("today = day 50 of the course", "Course start: 05/11/2026" 50 days before the visit) and "improvement"
    (an affirmed "improved"; not "no meaningful improvement")."""
    out: list[Indication] = []
    for m in _COURSE_DAY.finditer(text):
        day = int(m.group(1)) if m.group(1) else None
        if day is None:
            start = note_date(m.group(2))
            day = (sdate - start).days + 1 if start and sdate else None
        if day is not None and day > 30:
            out.append(Indication("course-over-30-days", None, Span(source, m.start(), m.end(), m.group(0))))
            break
    for m in _IMPROVED.finditer(text):
        if tx.assertion_in(text, m.start(), m.end()) == "affirmed" and not re.search(
            r"\bno\s+(?:\w+\s+)?$|without\s+(?:\w+\s+)?$", text[max(0, m.start() - 30) : m.start()], re.I
        ):
            out.append(Indication("improvement", None, Span(source, m.start(), m.end(), m.group(0))))
            break
    return out


_AUC_NOT_MET = FoldedPattern(re.compile(
    r"\b(?:does|did|do)\s+not\s+meet\s+(?:the\s+)?(?:mohs\s+)?(?:appropriate[- ]use|auc)\b|"
    r"\boutside\s+(?:of\s+)?(?:the\s+)?(?:mohs\s+)?(?:appropriate[- ]use|auc)\b|"
    r"\bauc\s*(?::|-)?\s*(?:not\s+met|inappropriate|not\s+appropriate)|"
    r"\bnot\s+(?:an?\s+)?appropriate\s+(?:candidate\s+)?for\s+mohs\b",
    re.I,
))


def mohs_auc_not_met(text: str, source: str) -> list[Indication]:
    """The surgeon's own statement that the Mohs appropriate-use criteria are not met ("This tumor does not meet
    the appropriate-use criteria for Mohs surgery") as an "auc-not-met" indication for rule NEC005."""
    m = _AUC_NOT_MET.search(text)
    if m is None or tx.assertion_in(text, m.start(), m.end()) == "hypothetical":
        return []
    return [Indication("auc-not-met", None, Span(source, m.start(), m.end(), m.group(0)))]


def note_date(s: str, ref: date | None = None) -> date | None:
    """A date as a note writes it: "05/11/2026", "5/11/26", ISO "2026-05-11", or "2/17" without a year (the latest
    such day on or before ``ref``); None when it is no valid date."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?", s)
    try:
        if m is None:
            return date.fromisoformat(s)
        month, day = int(m.group(1)), int(m.group(2))
        if m.group(3):
            return date(int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0), month, day)
        if ref is None:
            return None
        d = date(ref.year, month, day)
        return d if d <= ref else date(ref.year - 1, month, day)
    except ValueError:
        return None


def abn_on_file(texts: list[str]) -> bool:
    for t in texts:
        low = t.lower()
        if "abn" not in low and "beneficiary" not in low and "notice" not in low:
            continue
        negs = [(n.start(), n.end()) for n in ABN_NEG.finditer(t)]
        for m in ABN_RE.finditer(t):
            # judged on the line it is written on: "[x] Voluntary ABN ... signed" beside "[ ] ABN for a
            # medical-necessity denial" is a notice on file
            a, b = t.rfind("\n", 0, m.start()) + 1, t.find("\n", m.end())
            b = len(t) if b < 0 else b
            if not any(ns < b and ne > a for ns, ne in negs):
                return True
    return False


RX_RE = FoldedPattern(re.compile(
    r"\b(?:prescri\w+|rx\b|e-?prescribed|refill\w*|start(?:ed)?\s+(?:on\s+)?\w+|"
    r"continue\s+(?:\w+\s+){0,3}(?:cream|ointment|gel|lotion|foam|solution|shampoo|mg|tablets?"
    r"|"
    r"capsules?|injections?)|(?:increase|decrease|switch|change|titrat|taper)\w*\s+(?:\w+\s+){"
    r"0,3}"
    r"(?:dose|to|from)|methotrexate|mtx|dupilumab|dupixent|isotretinoin|accutane|spironolactone|"
    r"doxycycline|minocycline|clobetasol|triamcinolone\s+(?:0?\.\d+\s*%|\d(?:\.\d+)?\s*%|cream|ointment|lotio"
    r"n)|tacrolimus|hydrocortisone|"
    r"ketoconazole|terbinafine|tretinoin|adapalene|biologic|humira|skyrizi|tremfya|cosentyx|"
    r"otezla|valacyclovir|valtrex|acyclovir|famciclovir|gabapentin|prednisone|cephalexin|keflex|"
    r"\d+\s*%\s*(?:cream|ointment|gel|solution|lotion))",
    re.I,
))
# systemic therapy and its work-up: separately identifiable management whatever else the item says
WORKUP_RE = FoldedPattern(re.compile(
    r"\b(?:adalimumab|secukinumab|ustekinumab|risankizumab|guselkumab|ixekizumab|bimekizumab|tildrakizumab|"
    r"etanercept|infliximab|certolizumab|apremilast|deucravacitinib|upadacitinib|abrocitinib|ritlecitinib|"
    r"baricitinib|tralokinumab|lebrikizumab|nemolizumab|omalizumab|cyclosporine|mycophenolate|azathioprine|"
    r"hydroxychloroquine|prednisone|acitretin|rifampin|clindamycin\s+(?:and|\+|/)\s*rifampin|"
    r"(?:quantiferon|t-?spot|tb\s+(?:test|screen\w*)|ppd|hepatitis\s+(?:b\s+|c\s+|b/c\s+)?(?:panel|serolog\w*)|"
    r"hbsag|cbc|cmp|lfts?|lipid\s+panel|baseline\s+labs|labs?|beta[- ]?hcg|pregnancy\s+test|ipledge|"
    r"thyroid\s+panel|tsh|ferritin|vitamin\s+d|zinc)\b[^.;\n]{0,40}?\b(?:ordered|drawn|sent|obtained|"
    r"requested|today|registered)|(?:order(?:ed)?|draw|check(?:ed)?|obtain(?:ed)?|send)\s+(?:\w+\s+){0,3}"
    r"(?:labs?|quantiferon|cbc|cmp|lfts?|lipid\s+panel|hepatitis\s+panel|tsh|ferritin))",
    re.I,
))


@lru_cache(maxsize=8192)
def rx_managed(text: str) -> bool:
    """Prescription management in ``text``. A prescription for the treated lesion's aftercare ("vaseline",
    "mupirocin") is post-op care; any other prescription in the same item ("start doxycycline, mupirocin to
    nares") is not."""
    return _rx_hit(text) and (not _AFTERCARE.search(text) or _rx_hit(_AFTERCARE.sub(" ", text)))


def _rx_hit(text: str) -> bool:
    """A prescription is managed in ``text`` ("no antibiotics were prescribed" is none)."""
    for m in RX_RE.finditer(text):
        a, b = tx.sentence_bounds(text, m.start())
        if _ON_MEDS.search(text, max(a, m.start() - 25), m.start()) or NOT_ADDRESSED.search(text, a, b):
            continue  # "his acne is stable on tretinoin/clindamycin - not reviewed today": a current medicine
        if _OTC.search(m.group(0)):
            continue  # "continue OTC salicylic acid between visits": no prescription
        if tx.unticked(text, m.start()):
            continue  # "[ ] Rx": an unticked option
        if tx.assertion_in(text, m.start(), m.end()) != "negated":
            return True
    return False


_OTC = re.compile(r"\b(?:otc|over[- ]the[- ]counter)\b", re.I)
_ON_MEDS = re.compile(r"(?:stable|controlled|maintained|doing\s+well)\s+on\s+$", re.I)


_AFTERCARE = re.compile(
    r"(?:\b(?:start|begin|apply|use|continue|rx|prescribed?)\w*\s+(?:on\s+)?)?"
    r"\b(?:mupirocin|vaseline|petrolatum|aquaphor|bacitracin|wound\s+care|silicone(?:\s+(?:gel|sheeting|sheets?))?|"
    r"sunscreen|emollients?|moisturi[sz]er|cerave|eucerin|gel\s+sheeting|salicylic\s+acid(?:\s+\d+\s*%)?"
    r"(?:\s+(?:plasters?|pads?|liquid|gel))?|duct\s+tape|blister\s+care)\b"
    r"(?:\s+(?:oint(?:ment)?|cream|\d\s*%|bid|tid|daily|to\s+\w+))*",
    re.I,
)
_HISTORY_BEFORE = re.compile(
    r"(?:\bhx|\bh/o|\bhistory|\bs/p|\bpersonal\s+history|\bprior|\bprevious)\s*(?:of\s+)?(?:\w+\s+)?$", re.I
)


# diagnosis categories that name the same problem ("verruca vulgaris x6 hands + plantar warts x2" treated by LN2)
_SAME_PROBLEM = {"plantar_wart": "wart", "isk": "sk", "atypical_nevus": "nevus", "seb_cyst": "cyst",
                 "pilar_cyst": "cyst"}


# the treated lesion's differential, on its own line or after a semicolon: "vs irritated AK", "rule out SCCIS vs BCC"
_DIFFERENTIAL_CONT = re.compile(r"\s*(?:vs\.?|versus|or|r/o|rule[- ]out|ddx|differential(?:\s+diagnosis)?:?)\s", re.I)


NOT_ADDRESSED = re.compile(
    r"\bnot\s+(?:discussed|addressed|evaluated|managed|reviewed|examined|assessed|looked\s+at)\b|"
    r"\b(?:follow[- ]?up|visit|appointment|f/u)\s+(?:\w+\s+){0,2}(?:already\s+)?(?:booked|scheduled)\b|\b(?:plan|regimen|treatment)\s+(?:is\s+|was\s+)?unchanged\b|"
    r"\bwell[- ]controlled\b",
    re.I,
)


def addressed_dx(text: str) -> list:
    """Diagnoses an assessment item works on: not negated or hypothetical, and not "his acne plan is unchanged and
    was not discussed further today"."""
    out = []
    for d in find_dx(text):
        a, b = tx.sentence_bounds(text, d.start)
        if NOT_ADDRESSED.search(text, a, b) or tx.assertion(text[a:b], d.start - a, d.end - a) in (
            "negated", "hypothetical"
        ):
            continue
        if tx.unticked(text, d.start):
            continue  # "Other concerns: [ ] acne  [ ] rash  [x] none": an unticked option
        out.append(d)
    return out


def separately_identifiable(
    assess_texts: list[tuple[str, bool]], service_cats: set[str], has_services: bool, service_sites: tuple = ()
) -> bool:
    """``assess_texts``: (assessment segment text, has an affirmed procedure). True when work beyond the
    decision to do today's procedure is documented: another problem addressed, or prescription management. An
    item about a treated lesion's own site ("Changing scaly plaque, right upper chest; rule out SCCIS" beside the
    right upper chest biopsy) is that lesion's decision, not another problem."""
    if not has_services:
        return True
    for text, has_proc in assess_texts:
        if WORKUP_RE.search(text):
            return True
        if rx_managed(text):
            return True
        if has_proc or _DIFFERENTIAL_CONT.match(text):
            continue  # "... r/o SCC in situ\nvs irritated AK": the treated lesion's differential, wrapped
        dx = addressed_dx(text)
        if not dx:
            continue
        # "hx melanoma - surveillance": a personal history under surveillance is its own problem, not the
        # lesion treated today even when that lesion carries the same diagnosis word
        cats = {
            ("history:" + d.category)
            if d.category.startswith("hx_") or _HISTORY_BEFORE.search(text[max(0, d.start - 25) : d.start])
            else d.category
            for d in dx
        }
        if service_sites and any(
            x.region == y.region and (not x.laterality or not y.laterality or x.laterality == y.laterality)
            for x in find_sites(text) for y in service_sites
        ) and not any(c.startswith("history:") for c in cats):
            continue
        if {_SAME_PROBLEM.get(c, c) for c in cats} - {_SAME_PROBLEM.get(c, c) for c in service_cats} - {
            "neoplasm", "pruritus"
        }:
            # a problem item with no procedure, beyond the treated lesions
            if re.search(r"\b(?:same|see\s+above|as\s+above|procedure\s+note)\b", text, re.I):
                continue
            return True
    return False


# a 090-day procedure decided at this visit and booked for the next day: "Decision today: wide local excision with
# rotation flap reconstruction, booked in the ambulatory OR tomorrow"
_MAJOR_WORD = FoldedPattern(re.compile(
    r"\b(?:flap|adjacent\s+tissue\s+transfer|skin\s+graft|ftsg|stsg|pulsed[- ]dye|pdl|chemical\s+peel|dermabrasion)\b",
    re.I,
))


def major_decided_next_day(texts: list[str]) -> str | None:
    """The 090-day procedure (flap, graft, laser of a vascular lesion, peel) a sentence books for tomorrow, named
    in that sentence or the few before it."""
    for t in texts:
        for m in tx.BOOKED_TOMORROW.finditer(t):
            a, b = tx.sentence_bounds(t, m.start())
            # "Pt chose excision ... and repair with a cheek rotation flap ... Surgery booked for TOMORROW"
            w = _MAJOR_WORD.search(t, a, b) or tx.last(_MAJOR_WORD.finditer(t, max(0, a - 400), a))
            if w is not None:
                return " ".join(w.group(0).lower().split())
    return None
