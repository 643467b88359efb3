"""Stable ids from content, in the manner of genanki's guid_for: the same fact and kind give
the same id in every locale and every run."""

from __future__ import annotations

import hashlib

_ALPHABET = "0123456789abcdefghijkmnopqrstuvwxyz"


# Two base-35 digits at a time, least significant first: the same ids as one digit at a
# time, with half the big-number divisions (a large pack makes hundreds of thousands).
_PAIRS = tuple(a + b for b in _ALPHABET for a in _ALPHABET)
_BASE2 = len(_ALPHABET) ** 2


def stable_id(*parts: object, length: int = 12) -> str:
    """A short id derived from `parts` (joined unambiguously), e.g. ("spacewalk", "cast",
    "Pavel Belyaev", "who-played")."""
    joined = "\x1f".join(map(str, parts)).encode("utf-8")
    number = int.from_bytes(hashlib.sha256(joined).digest()[:12], "big")
    out = []
    for _ in range((length + 1) // 2):
        number, pair = divmod(number, _BASE2)
        out.append(_PAIRS[pair])
    return "".join(out)[:length]
