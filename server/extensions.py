"""Extension objects, created unbound and bound in ``create_app``."""

from __future__ import annotations

from server.db import Database

db = Database()
