"""Medical necessity (NEC001+): LCD/NCD indications for benign lesion removal, AK destruction,
phototherapy and Mohs. Medicare FFS lines that fail take GA (ABN on file) or GZ (no ABN)."""

from __future__ import annotations

import re

from server.coding.extract.facts import POLICY
from server.coding.extract.text import assertion_in
from server.coding.extract.text import find_measures
from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import Severity
from server.coding.model import Topic
from server.coding.registry import rule
from server.coding.rules import indications
from server.coding.rules.base import EditContext
from server.coding.rules.base import describe
from server.coding.rules.codes import BENIGN_REMOVAL
from server.coding.rules.codes import DESTRUCTION_PREMALIGNANT
from server.coding.rules.codes import LIABILITY_MODS
from server.coding.rules.codes import MOHS_PRIMARY
from server.coding.rules.codes import PHOTOTHERAPY

# Benign lesions whose removal the LCDs cover only with a documented indication (the cosmetic-prone ones,
# SK L82.1 / tags L91.8 / D18.01 / D22, are handled by the cosmetic rules).
NEEDS_INDICATION_DX = ("L72", "D23", "B07", "L85", "D17", "L81")
AK_DX = ("L57.0",)
PHOTOTHERAPY_DX = ("L40", "L20", "L80", "C84.0", "L43", "L41", "L50", "L28.1", "L94.0", "L29", "L30", "L21")
MOHS_DX = ("C43", "C44", "C4A", "D03", "D04", "C49", "C46.0")


def lcd_summary(ctx: EditContext, lcd_id: str, kinds: tuple[str, ...] = ("covered_if_any",)) -> str:
    rows = [r for r in ctx.tables.lcd if r.lcd_id == lcd_id and r.rule_type in kinds]
    if not rows:
        return ""
    return f"{lcd_id} ({rows[0].title}) covers: " + "; ".join(r.text for r in rows) + f". <{rows[0].url}>"


def apply_not_necessary(ctx: EditContext, slot: int, rule_id: str, message: str, what: str, why: str) -> None:
    """Record a medical-necessity failure; Medicare FFS: GA with an ABN on file, else GZ."""
    line = ctx.lines[slot]
    mod = ""
    if ctx.facts.payer_kind == PayerKind.MEDICARE and not set(line.modifiers) & set(LIABILITY_MODS):
        mod = "GA" if ctx.facts.abn_on_file else "GZ"
        ctx.add_modifier(slot, mod, rule_id)
        what += f" Medicare: billed with {mod} (" + (
            "ABN on file, patient liable)." if mod == "GA" else "no ABN, provider liable)."
        )
    ctx.note(
        rule_id,
        Topic.MEDICAL_NECESSITY,
        message + (f"; {mod} added" if mod else ""),
        what=what,
        why=why,
        lines=(line,),
        slots=(slot,),
    )


@rule("NEC001", family="necessity", severity=Severity.WARNING)
def benign_removal_indication(ctx: EditContext) -> None:
    """Removal of a benign lesion (cyst, dermatofibroma, wart, lipoma, hyperkeratosis) needs a documented
    LCD indication.

    Why: the benign-lesion LCDs cover removal only with bleeding, intense itching, pain, inflammation or
    infection, change or recent enlargement, obstruction of an orifice or vision, diagnostic uncertainty,
    or recurrent trauma. Without one the service is not reasonable and necessary.
    Example: 11401 for an epidermal cyst L72.0 with no symptom → `medical-necessity`; Medicare → 11401-GZ.
    References: LCD L34200 (CGS), LCD L33979 (Noridian), LCD L35498 (Novitas/FCSO); lcd_indications.csv;
    CPM30 §50 (GA/GZ).
    """
    for slot, line in ctx.items():
        if line.code not in BENIGN_REMOVAL or not line.diagnoses:
            continue
        lesion_dx = indications.lesion_diagnoses(line)
        if not lesion_dx or not all(c.startswith(NEEDS_INDICATION_DX) for c in lesion_dx):
            continue
        if indications.has_medical_reason(ctx, line):
            continue
        apply_not_necessary(
            ctx,
            slot,
            "NEC001",
            f"{line.code}: no LCD indication documented for benign lesion removal",
            what=f"{describe(line)} removes a benign lesion "
            f"({', '.join(line.diagnoses)}) and no symptom or sign is documented. "
            + lcd_summary(ctx, "L34200"),
            why="Benign lesion removal is covered only when an LCD indication is documented.",
        )


@rule("NEC002", family="necessity", severity=Severity.WARNING)
def ak_destruction_diagnosis(ctx: EditContext) -> None:
    """Premalignant destruction (17000/17003/17004) is paired with actinic keratosis (L57.0).

    Why: NCD 250.4 covers destruction of actinic keratoses without lesion restrictions; the 17000 family
    is for premalignant lesions. Other benign lesions are 17110/17111 (LCD rules apply) and malignant ones
    17260-17286.
    Example: 17000 for L82.1 → `medical-necessity` (use 17110 under the benign-lesion LCD rules).
    References: NCD 250.4 Treatment of Actinic Keratosis; LCD L34200; rule book DS-1, §7.4.
    """
    for slot, line in ctx.items():
        if line.code not in DESTRUCTION_PREMALIGNANT or not line.diagnoses:
            continue
        if any(c.startswith(AK_DX) for c in line.diagnoses):
            continue
        apply_not_necessary(
            ctx,
            slot,
            "NEC002",
            f"{line.code} is for premalignant lesions: {', '.join(line.diagnoses)} is not actinic keratosis",
            what=f"{describe(line)} points at {', '.join(line.diagnoses)}; premalignant "
            "destruction is covered for actinic keratosis (L57.0). "
            + lcd_summary(ctx, "NCD250.4", ("covered",)),
            why="The diagnosis does not support the destruction code billed.",
        )


@rule("NEC003", family="necessity", severity=Severity.WARNING)
def phototherapy_diagnosis(ctx: EditContext) -> None:
    """Phototherapy and excimer laser need a covered inflammatory dermatosis (psoriasis, atopic dermatitis,
    vitiligo, mycosis fungoides, lichen planus, urticaria, pruritus …).

    Why: NCD 250.1 covers UV light for psoriasis (PUVA only after conventional treatment fails); payer
    policies add atopic dermatitis, vitiligo, MF, lichen planus and others. Other diagnoses are not covered.
    Example: 96910 for acne L70.0 → `medical-necessity`; 96910 for L40.0 → passes.
    References: NCD 250.1 Treatment of Psoriasis; BCBS MP-301 phototherapy policy; rule book PHOTO-1..3.
    """
    for slot, line in ctx.items():
        if line.code not in PHOTOTHERAPY or not line.diagnoses:
            continue
        if any(c.startswith(PHOTOTHERAPY_DX) for c in line.diagnoses):
            continue
        apply_not_necessary(
            ctx,
            slot,
            "NEC003",
            f"{line.code}: {', '.join(line.diagnoses)} is not a covered phototherapy indication",
            what=f"{describe(line)} points at "
            f"{', '.join(line.diagnoses)}. "
            + lcd_summary(ctx, "NCD250.1", ("covered", "covered_with_condition")),
            why="Phototherapy is covered for psoriasis and a short list of inflammatory dermatoses.",
        )


@rule("NEC004", family="necessity", severity=Severity.WARNING)
def mohs_diagnosis(ctx: EditContext) -> None:
    """Mohs surgery (17311/17313) treats a confirmed skin malignancy (BCC, SCC, melanoma/MIS, Merkel, DFSP).

    Why: the Mohs LCDs and the appropriate-use criteria limit Mohs to biopsy-proven skin cancers; a benign
    or unspecified-behaviour diagnosis does not support it.
    Example: 17311 with D49.2 → `medical-necessity`; 17311 with C44.311 → passes.
    References: LCD L35494 Mohs Micrographic Surgery; AUC-MOHS 2012 (J Am Acad Dermatol 67:531);
    rule book MOHSN-1..4.
    """
    for slot, line in ctx.items():
        if line.code not in MOHS_PRIMARY or not line.diagnoses:
            continue
        if any(c.startswith(MOHS_DX) for c in line.diagnoses):
            continue
        apply_not_necessary(
            ctx,
            slot,
            "NEC004",
            f"{line.code}: Mohs needs a confirmed skin malignancy, not {', '.join(line.diagnoses)}",
            what=f"{describe(line)} points at "
            f"{', '.join(line.diagnoses)}. " + lcd_summary(ctx, "L35494", ("definition",)),
            why="Mohs is covered for biopsy-proven skin cancers meeting the appropriate-use criteria.",
        )


AGGRESSIVE_RE = re.compile(
    r"infiltrat\w*|morphe\w*|sclerosing|micronodular|perineural|poorly[\s-]+differentiated|recurren\w*|"
    r"immunosupp\w*|transplant|positive\s+margin|aggressive|desmoplastic|basosquamous|rapid(?:ly)?\s+grow\w*|"
    r"residual|radiat\w*|xeroderma|gorlin|basal\s+cell\s+nevus|chronic\s+(?:ulcer|scar)|ill[\s-]defined|"
    r"poorly\s+defined|lentigo\s+maligna|\bcll\b|leukemia",
    re.I,
)
FAILURE_RE = re.compile(
    r"fail\w*|refractory|intractable|inadequate|not\s+respond\w*|unresponsive|no\s+improvement|resistant|"
    r"recalcitrant|despite",
    re.I,
)
AREA_M_RE = re.compile(r"pretibial|shin", re.I)


def _texts(ctx: EditContext, line: Line) -> list[str]:
    """Documented text around a line: its evidence, the diagnoses' text and the lesion's indications."""
    out = [e.text for e in line.evidence]
    out.extend(d.text for d in ctx.facts.diagnoses if d.text)
    out.extend(i.span.text for i in indications.for_line(ctx, line) if i.span)
    return out


def _affirmed(rx: re.Pattern, text: str) -> bool:
    """A mention of ``rx`` in ``text`` that is not negated ("not immunosuppressed, no radiation history")."""
    return any(assertion_in(text, m.start(), m.end()) != "negated" for m in rx.finditer(text))


def _max_size_cm(texts: list[str]) -> float | None:
    """The largest length documented in ``texts`` ("0.6 cm", "6 mm", "zero point six centimeters")."""
    sizes = [m.value_cm for t in texts for m in find_measures(t)]
    return max(sizes) if sizes else None


@rule("NEC005", family="necessity", severity=Severity.WARNING)
def mohs_area_l_appropriate_use(ctx: EditContext) -> None:
    """Mohs on the trunk/extremities (17313, AUC area L) needs size ≥ 2 cm (≥ 1 cm pretibial) or a high-risk
    feature (aggressive histology, recurrence, positive margins, immunosuppression, prior radiation …).

    Why: the appropriate-use criteria adopted by the Mohs LCDs rate primary small BCC/SCC of area L without
    high-risk features (e.g. a superficial BCC of the back) as inappropriate: standard excision or
    destruction is expected. Runs when a size is documented, or when the note itself says the criteria are not
    met ("does not meet the appropriate-use criteria for Mohs").
    Example: 17313 for a 0.6 cm primary superficial BCC of the back, ABN on file → 17313-GA; 17313 for a
    2.4 cm BCC of the forearm → passes.
    References: AUC-MOHS 2012 (Connolly et al., J Am Acad Dermatol 67:531-550); LCD L35494;
    rule book MOHSN-2/3.
    """
    for slot, line in ctx.items():
        if line.code != "17313":
            continue
        if any(c.startswith(("C43", "C4A", "C49", "D03")) for c in line.diagnoses):
            continue
        texts = _texts(ctx, line)
        size = _max_size_cm(texts)
        threshold = 1.0 if AREA_M_RE.search(line.body_site or "") else 2.0
        stated = next((i for i in ctx.facts.indications if i.kind == "auc-not-met"), None)
        if stated is not None:  # the surgeon's own "does not meet the appropriate-use criteria"
            said = stated.span.text if stated.span else "appropriate-use criteria not met"
            message = f"17313: the note states the Mohs appropriate-use criteria are not met ({said!r})"
            what = f"{describe(line)}: {said}."
        elif size is None or (
            size >= threshold
            or any(_affirmed(AGGRESSIVE_RE, t) for t in texts)
            or any(i.kind == "rapid-growth" for i in indications.for_line(ctx, line))
        ):
            continue
        else:
            message = f"17313: {size:g} cm tumour of the trunk/extremities without high-risk features (Mohs AUC)"
            what = (
                f"{describe(line)}: largest documented size {size:g} cm (< {threshold:g} cm) and no aggressive "
                "histology, recurrence, positive margins or immunosuppression documented."
            )
        apply_not_necessary(
            ctx,
            slot,
            "NEC005",
            message,
            what=what,
            why="Mohs of small primary low-risk tumours of the trunk and extremities is rated "
            "inappropriate by the appropriate-use criteria the LCDs follow.",
        )


@rule("NEC006", family="necessity", severity=Severity.WARNING)
def puva_after_failed_conventional_treatment(ctx: EditContext) -> None:
    """PUVA (96912) for psoriasis needs documented failure of conventional treatment.

    Why: NCD 250.1 covers PUVA only for intractable, disabling psoriasis after more conventional treatment
    (topicals, UVB) has failed; without that documentation the service is not reasonable and necessary.
    Example: 96912 for L40.0 with no failed therapy documented, Medicare, no ABN → 96912-GZ; "failed
    narrowband UVB" documented → passes.
    References: NCD 250.1 Treatment of Psoriasis (Medicare NCD Manual Pub. 100-03 §250.1); rule book PHOTO-1.
    """
    for slot, line in ctx.items():
        if line.code != "96912" or not any(c.startswith("L40") for c in line.diagnoses):
            continue
        if any(i.kind == "treatment-failure" for i in indications.for_line(ctx, line)):
            continue
        texts = _texts(ctx, line) + [e.text for e in ctx.facts.em_evidence]
        if any(FAILURE_RE.search(t) and not POLICY.search(t) for t in texts):
            continue
        apply_not_necessary(
            ctx,
            slot,
            "NEC006",
            "96912 (PUVA): failure of conventional psoriasis treatment not documented",
            what=f"{describe(line)} for {', '.join(line.diagnoses)}: no failed "
            "topical/UVB treatment is documented. "
            + lcd_summary(ctx, "NCD250.1", ("covered", "covered_with_condition")),
            why="PUVA is covered only for intractable psoriasis after conventional treatment failed.",
        )


@rule("NEC007", family="necessity", severity=Severity.WARNING)
def puva_course_beyond_30_days(ctx: EditContext) -> None:
    """PUVA (96912) past the 30th day of a course needs documented improvement.

    Why: NCD 250.1 ordinarily limits PUVA to 30 days unless improvement is documented; a session later in a
    course without documented improvement is not reasonable and necessary (Medicare: GA with an ABN, else GZ).
    Example: 96912 on day 50 of the course, "no meaningful improvement", ABN signed → 96912-GA; day 50 with
    "plaques improved" → passes.
    References: NCD 250.1 Treatment of Psoriasis (Medicare NCD Manual Pub. 100-03 §250.1); rule book PHOTO-1.
    """
    kinds = {i.kind for i in ctx.facts.indications}
    if "course-over-30-days" not in kinds or "improvement" in kinds:
        return
    for slot, line in ctx.items():
        if line.code != "96912":
            continue
        apply_not_necessary(
            ctx,
            slot,
            "NEC007",
            "96912 (PUVA): beyond 30 days of the course without documented improvement",
            what=f"{describe(line)}: the course passed 30 days and no improvement is documented. "
            + lcd_summary(ctx, "NCD250.1", ("covered", "covered_with_condition")),
            why="PUVA is ordinarily covered for 30 days of a course unless improvement is documented.",
        )
