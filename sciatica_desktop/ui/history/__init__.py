"""The History page: past sessions and their sets, newest first."""
