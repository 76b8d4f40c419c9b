"""The Library page: every exercise, searchable, each startable on its own."""
