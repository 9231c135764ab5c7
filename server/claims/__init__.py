"""Claim building: accepted coding lines + encounter context → FHIR R4 Claim (pure, no I/O)."""
