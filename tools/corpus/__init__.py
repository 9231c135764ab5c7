"""Builders for the hand-written coding corpus and the demo practice encounters (test data tooling)."""

from __future__ import annotations
