"""Edit rules, one module per family (PTP, MUE, AOC, GLB, DX, NEC necessity, NEC1xx cosmetic, MOD).

Importing :mod:`server.coding.edits` imports every module here and so registers every rule.
"""

from __future__ import annotations
