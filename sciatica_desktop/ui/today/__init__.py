"""ui/today."""
