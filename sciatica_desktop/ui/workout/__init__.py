"""ui/workout."""
