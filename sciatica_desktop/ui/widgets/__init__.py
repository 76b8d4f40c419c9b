"""Widgets shared by several pages: big buttons, the countdown ring, common wording."""
