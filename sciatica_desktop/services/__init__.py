"""Use cases: the one place the UI calls to change anything."""
