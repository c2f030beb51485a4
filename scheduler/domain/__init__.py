"""Domain types, validation and the independent rule checker (no solver, database or UI)."""
