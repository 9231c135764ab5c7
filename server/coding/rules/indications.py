"""Documented indications per line (shared by the cosmetic and necessity rules)."""

from __future__ import annotations

from server.coding.model import Indication
from server.coding.model import Line
from server.coding.rules.base import EditContext

# Kinds that satisfy the benign-lesion LCD indications (bleeding, itching, pain, inflammation, infection,
# change, diagnostic uncertainty, obstruction, recent enlargement).
POSITIVE_KINDS = frozenset(
    {
        "bleeding",
        "itching",
        "pain",
        "inflamed",
        "irritated",
        "infected",
        "changing",
        "suspicious",
        "obstructs-function",
        "rapid-growth",
    }
)
COSMETIC_KINDS = frozenset({"cosmetic-request"})
# Diagnosis codes that document an indication themselves: inflamed SK, uncertain/unspecified behaviour,
# bleeding, pruritus, pain, cellulitis/abscess.
POSITIVE_DX = ("L82.0", "D48.5", "D49.2", "R58", "L29", "R52", "G89", "L03", "L02", "L08")
# Secondary symptom codes (carried next to the lesion code, as the LCD billing articles ask).
SYMPTOM_DX = ("R58", "L29", "R52", "G89")


def lesion_diagnoses(line: Line) -> list[str]:
    """The line's diagnoses without secondary symptom codes."""
    # secondary symptom codes and Z codes (screening, history) do not name the lesion removed
    return [c for c in line.diagnoses if not c.startswith(SYMPTOM_DX) and not c.startswith("Z")]


def for_line(ctx: EditContext, line: Line) -> list[Indication]:
    """Indications documented for the line's lesions, plus encounter-wide ones (no lesion id)."""
    ids = set(line.lesion_ids)
    # a lesion split into numbered lesions ("lesion-1" -> "lesion-1-2") keeps the indications of the whole
    ids |= {i.rsplit("-", 1)[0] for i in line.lesion_ids if i.count("-") >= 2}
    return [i for i in ctx.facts.indications if i.lesion_id is None or i.lesion_id in ids]


def positive(ctx: EditContext, line: Line) -> list[Indication]:
    return [i for i in for_line(ctx, line) if i.kind in POSITIVE_KINDS]


def has_medical_reason(ctx: EditContext, line: Line) -> bool:
    """A documented LCD indication for the line: a positive indication, or a symptom/inflamed/uncertain
    diagnosis code, unless the lesion is explicitly documented as asymptomatic (then the code alone does not
    count)."""
    found = for_line(ctx, line)
    if line.source_ref:
        # "Cosmetic per pt" in the line's own Procedure outweighs "tender" that the note says of the AKs
        own = [i for i in found if i.span.source.startswith(line.source_ref)]
        if any(i.kind in COSMETIC_KINDS for i in own) and not any(i.kind in POSITIVE_KINDS for i in own):
            return False
    if any(i.kind in POSITIVE_KINDS for i in found):
        return True
    if any(i.kind == "asymptomatic" and i.lesion_id is not None for i in found):
        return False
    return any(c.startswith(POSITIVE_DX) for c in line.diagnoses)


def cosmetic_request(ctx: EditContext, line: Line) -> list[Indication]:
    return [i for i in for_line(ctx, line) if i.kind in COSMETIC_KINDS]
