"""Claim building (pure): coding results → draft FHIR R4 Claim."""

from __future__ import annotations

from server.claims.builder import ClaimBuildError
from server.claims.builder import apply_fix
from server.claims.builder import build_claim

__all__ = ["ClaimBuildError", "apply_fix", "build_claim"]
