"""ui/library."""
