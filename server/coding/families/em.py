"""E/M office visits 99202-99215 (provider-selected level carried) and the post-op visit 99024."""

from __future__ import annotations

import re

from server.coding.extract import text as tx
from server.coding.extract.dx import find_dx
from server.coding.extract.facts import NOT_ADDRESSED
from server.coding.extract.facts import rx_managed
from server.coding.extract.services import MAIN_KINDS
from server.coding.extract.services import find_kinds
from server.coding.families.common import Ctx
from server.coding.families.common import Draft
from server.coding.model import PriorService
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic
from server.coding.registry import rule

_POSTOP = re.compile(
    r"post[- ]?op(?:erative)?|suture\s+removal|sutures?\s+(?:were\s+|was\s+)?removed|wound\s"
    r"+check|"
    r"(?:sutures?|staples?|stitches)\s+(?:\w+\s+)?out|"
    r"stitches?\s+(?:were\s+)?removed|packing\s+(?:strip\s+)?(?:was\s+)?(?:removed|removal|change)|"
    r"s/p\s+(?:excision|mohs|removal)|status\s+post|healin"
    r"g\s+well|"
    r"well[- ]healed|incision\s+(?:site\s+)?(?:is\s+)?(?:clean|healing)|"
    # a complication of the surgery treated in the office is post-op care within the global package
    r"surgical[- ]site\s+infection|(?:wound|incision(?:al)?)\s+(?:infection|dehiscence)|dehiscence|"
    r"(?:stitch|suture)\s+(?:abscess|granuloma|reaction)|after\s+(?:the\s+)?(?:cyst\s+|lesion\s+)?(?:excision|mohs)\b|"
    # "here 9 days after we cut out the atypical mole": the operated lesion
    r"\b(?:\d{1,2}|[a-z]+)\s+(?:days?|weeks?|wks?)\s+(?:after|since)\s+(?:(?:we|you|i|she|he|they)\s+)?(?:cut|removed?|took|excis|had)",
    re.I,
)


# a copied-forward plan, or a problem only noted (its treatment planned for another visit)
_ONLY_NOTED = re.compile(
    r"^\s*(?:previous|prior|last)\s+(?:plan|visit)\b|\(cop(?:ied|y)\b|\bcop(?:ied|y)[- ](?:fwd|forward)\b|"
    r"[-–:,]\s*noted\s*\.?\s*$",
    re.I,
)
_FUTURE_ONLY = re.compile(r"\s*(?:next|rtc|return|f/?u|follow[- ]?up|recheck|see\s+in|due)\b", re.I)
_PATH_REVIEW = re.compile(
    r"\b(?:reviewed|discussed|went\s+over)\s+(?:the\s+)?(?:patholog|path\b|biopsy\s+result|results?)|"
    r"^\s*(?:the\s+)?(?:lab|path\w*|biopsy)\s+(?:result|report)s?\b|"
    r"\b(?:patholog\w*|path)\b(?:\s*\([^)\n]{0,60}\))?\s+(?:reviewed|discussed|showed|revealed|returned)|"
    r"(?:completely|fully)\s+(?:excised|removed)|"
    r"margins?\s+(?:are\s+|were\s+)?(?:clear|free|negative)",
    re.I,
)


@rule("DRM070", family="em", severity=Severity.INFO)
def postop_visit(ctx: Ctx, code: str | None, prior: PriorService | None, evidence: tuple[Span, ...]) -> None:
    """A routine post-op visit inside a procedure's global period is 99024, not an E/M.

    Why: post-operative care is included in the global surgical package (CPM12 §40.1); 99024 records it.
    Example: suture removal 8 days after an excision (010 global), nothing else addressed -> 99024.
    References: CPM12 §40.1; derm_coding.md GS-5.
    """
    was = f" (E/M {code} replaced)" if code else ""
    within = f" of {prior.code} on {prior.performed.isoformat()}" if prior else ""
    ctx.add(
        "DRM070",
        Topic.GLOBAL_PERIOD,
        Severity.INFO,
        f"Routine post-op visit inside the global period{within}: 99024{was}",
        evidence,
    )


@rule("DRM080", family="em", severity=Severity.INFO)
def em_not_separate(ctx: Ctx, code: str, evidence: tuple[Span, ...]) -> None:
    """E/M on the day of a minor procedure needs significant, separately identifiable work.

    Why: the decision to perform a minor (000/010) procedure is included in it; only extra work is billable
    with modifier 25 (the edits layer applies or removes it).
    Example: visit only for the lesion that was biopsied -> no separately identifiable E/M.
    References: NCCI policy manual ch. I; CPM12 §30.6.6; derm_coding.md GS-3.
    """
    ctx.add(
        "DRM080",
        Topic.MODIFIER,
        Severity.INFO,
        f"E/M {code}: no work documented beyond the decision for today's procedure",
        evidence,
    )


def _other_problems(assess: list[tuple[str, bool]]) -> bool:
    postop_item = False  # the last numbered item was the operated site's: its "- cephalexin ..." bullets are too
    for text, has_proc in assess:
        if postop_item and _SUB_BULLET.match(text):
            continue
        postop_item = False
        if _ONLY_NOTED.search(text) or NOT_ADDRESSED.search(text):
            # "Previous plan: (copied 09/16) exc BCC ...", "Problem #2: Actinic keratoses, scalp - noted",
            # "B - L shoulder - SK - not looked at today"
            continue
        if has_proc or _POSTOP.search(text) or _PATH_REVIEW.search(text) or _FUTURE_ONLY.match(text):
            postop_item = True
            continue  # the operated lesion's pathology reviewed at the post-op visit is part of its care
        if any(k in MAIN_KINDS and tx.assertion_in(text, a, b) == "historical" for k, a, b in find_kinds(text)):
            postop_item = True
            continue  # "Seen 9 days after excision of a changing nevus": the operated lesion, not a new problem
        cats = {d.category for d in find_dx(text)} - {"screening", "neoplasm", "pruritus"}
        if cats or rx_managed(text):  # "Plan: triamcinolone 0.1% ointment BID (Rx)" for a new problem
            return True
    return False


_SUB_BULLET = re.compile(r"\s*[-•*·]\s")


def code_em(
    em: str | None,
    em_ev: tuple[Span, ...],
    drafts: list[Draft],
    ctx: Ctx,
    *,
    postop_doc: bool,
    in_global: list[PriorService],
    sep: bool,
    billable: bool,
    assess: list[tuple[str, bool]],
    em_dx: list[str],
) -> list[Draft]:
    if em == "99024":
        return [Draft("99024", 1, (), em_dx, None, None, [], list(em_ev), ["DRM070"], 0.95, "post-op visit")]
    postop_case = postop_doc and not billable and (bool(in_global) or not em)
    if postop_case and not _other_problems(assess):
        if in_global or em is None or postop_doc:
            prior = in_global[0] if in_global else None
            if in_global or em:
                postop_visit(ctx, em, prior, em_ev)
                dx = list(prior.diagnoses) if prior and prior.diagnoses else em_dx
                return [
                    Draft(
                        "99024",
                        1,
                        (),
                        dx[:4],
                        prior.body_site if prior else None,
                        None,
                        [],
                        list(em_ev),
                        ["DRM070"],
                        0.9,
                        "post-op visit",
                    )
                ]
    if not em:
        return []
    if billable and not sep:
        em_not_separate(ctx, em, em_ev)
    return [Draft(em, 1, (), em_dx, None, None, [], list(em_ev), [], 0.95, "office visit", None, "em")]


_G2212_FROM = {"99205": 89, "99215": 69}  # CMS counts G2212 from the end of the old time range (EM-5)
_TOTAL_TIME = re.compile(
    r"\b(?:total\s+(?:visit\s+)?time|time\s+spent|i\s+spent)\b[^.\n\d]{0,60}?(\d{2,3})\s*(?:min|minutes)\b|"
    r"\b(\d{2,3})\s*(?:min|minutes)\s+(?:total|spent|of\s+total)|"
    r"\btime\s*\(\s*total\b[^)\n]{0,20}\)\s*[:=]\s*(\d{2,3})\s*(?:min|minutes)\b|"  # "TIME (total, DOS)=74 min"
    r"^[^\S\n]*time\s*[:=]\s*(\d{2,3})\s*(?:min|minutes)\s+(?:on|for)\s+(?:the\s+)?date\b",  # "Time: 74 minutes on the date"
    re.I | re.M,
)
_G2211 = re.compile(r"\bG2211\b", re.I)


@rule("DRM081", family="em")
def em_add_ons(
    ctx: Ctx, em: str, note_text: str, source: str, medicare: bool, em_dx: list[str], evidence
) -> list[Draft]:
    """E/M add-ons: G2212 for Medicare prolonged time, G2211 when the provider documents it.

    Why: Medicare does not pay 99417; it pays G2212 per 15 minutes beyond the old time range of the visit
    (99205 from 89 minutes, 99215 from 69), counted from the total time documented on the date. G2211
    (longitudinal care) is reported only as the provider documented it; the edits drop it with modifier 25.
    Example: Medicare 99205, "total time on the date of the encounter 95 minutes" -> 99205 + G2212 x1.
    References: CY2021 PFS final rule (G2212); CY2024/CY2025 PFS final rules (G2211); derm_coding.md EM-5,
    EM-6.
    """
    out: list[Draft] = []
    start = _G2212_FROM.get(em)
    tm = _TOTAL_TIME.search(note_text) if medicare and start else None
    minutes = int(next(g for g in tm.groups() if g)) if tm else 0
    if start and minutes >= start:
        units = 1 + (minutes - start) // 15
        ev = [Span(source, tm.start(), tm.end(), tm.group(0))]
        out.append(Draft("G2212", units, (), em_dx, None, None, [], ev, ["DRM081"], 0.9, "prolonged E/M time"))
        ctx.add("DRM081", Topic.CODING_CORRECTION, Severity.INFO,
                f"G2212 x{units}: {minutes} min total time on a Medicare {em} (99417 is not payable by Medicare)", ev)
    gm = _G2211.search(note_text)
    if gm:  # judged on its own line: "no procedures today\n99214 + g2211 (...)" is no wrapped sentence
        a = note_text.rfind("\n", 0, gm.start()) + 1
        b = note_text.find("\n", gm.end())
        line = note_text[a : b if b >= 0 else len(note_text)]
    if gm and tx.assertion(line, gm.start() - a, gm.end() - a) == "affirmed":
        out.append(Draft("G2211", 1, (), em_dx, None, None, [], list(evidence), ["DRM081"], 0.9,
                         "visit complexity add-on"))
    return out


def medicare_prolonged(drafts: list[Draft], ctx: Ctx) -> None:
    """Medicare does not pay 99417: a provided 99417 becomes G2212 (or goes, when the documented time already
    gave G2212). Rule DRM081."""
    sent = [d for d in drafts if d.code == "99417"]
    if not sent:
        return
    has_g2212 = any(d.code == "G2212" for d in drafts)
    for d in sent:
        if has_g2212:
            drafts.remove(d)
        else:
            d.code = "G2212"
            d.rule_ids = list(d.rule_ids) + ["DRM081"]
    ctx.add("DRM081", Topic.CODING_CORRECTION, Severity.WARNING,
            "99417 is not payable by Medicare: prolonged time is reported with G2212", sent[0].evidence[:2])
