"""The progress page: pain chart, change since the start, adherence, outcome scores."""
