"""Stable ids from content, in the manner of genanki's guid_for: the same fact and kind give
the same id in every locale and every run."""

from __future__ import annotations

import hashlib

_ALPHABET = "0123456789abcdefghijkmnopqrstuvwxyz"


def stable_id(*parts: object, length: int = 12) -> str:
    """A short id derived from `parts` (joined unambiguously), e.g. ("spacewalk", "cast",
    "Pavel Belyaev", "who-played")."""
    joined = "\x1f".join(str(p) for p in parts).encode("utf-8")
    number = int.from_bytes(hashlib.sha256(joined).digest()[:12], "big")
    out = []
    for _ in range(length):
        number, digit = divmod(number, len(_ALPHABET))
        out.append(_ALPHABET[digit])
    return "".join(out)
