"""Sciatica Desktop: guided physical-therapy exercises for sciatica."""

__version__ = "0.1.0"
APP_NAME = "Sciatica Desktop"
APP_ID = "sciatica-desktop"
