"""Shared test set-up. Keep this free of Qt and peewee imports: the domain tests also run without them."""
