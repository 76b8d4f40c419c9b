"""Check-ins, red-flag questions and questionnaires."""
