"""Developer commands (run with ``python -m tools.<name>``): table rebuilds, generated docs."""

from __future__ import annotations
