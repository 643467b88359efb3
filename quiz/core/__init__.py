"""The game without a screen: models, packs, generators, scoring, sessions, storage.

Imports the standard library, yaml and babel, never pygame (tests/core/test_layering.py).
"""
