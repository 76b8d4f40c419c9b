"""The pure-Python core: no Qt, no database. Everything here is testable without a screen."""
