"""The Today page: the routine for today, and a Start button."""
