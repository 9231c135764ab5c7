"""The dermatology coding engine: chart facts → billable lines + findings (pure Python)."""

from server.coding.engine import code_encounter
from server.coding.model import CodingResult
from server.coding.model import DxFact
from server.coding.model import EncounterFacts
from server.coding.model import Finding
from server.coding.model import Fix
from server.coding.model import Indication
from server.coding.model import Line
from server.coding.model import PayerKind
from server.coding.model import PriorService
from server.coding.model import Severity
from server.coding.model import Span
from server.coding.model import Topic
from server.coding.tables import Tables
from server.coding.tables import load_tables

__all__ = [
    "CodingResult",
    "DxFact",
    "EncounterFacts",
    "Finding",
    "Fix",
    "Indication",
    "Line",
    "PayerKind",
    "PriorService",
    "Severity",
    "Span",
    "Tables",
    "Topic",
    "code_encounter",
    "load_tables",
]
