"""Packs in and out of other tools' formats."""
