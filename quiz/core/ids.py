"""Stable ids from content, in the manner of genanki's guid_for: the same fact and kind give
the same id in every locale and every run."""

from __future__ import annotations

try:  # CPython's own SHA-256, as hashlib falls back to: for a few dozen bytes it is a third
    # quicker than OpenSSL's, which sets up a context for every call (same digests:
    # tests/core/test_ids.py holds every id to hashlib's).
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover - newer Pythons name it _sha2; else OpenSSL's
    try:
        from _sha2 import sha256  # type: ignore[no-redef]
    except ImportError:
        from hashlib import sha256  # type: ignore[no-redef]

_ALPHABET = "0123456789abcdefghijkmnopqrstuvwxyz"

# Two base-35 digits at a time, least significant first.
_PAIRS = tuple(a + b for b in _ALPHABET for a in _ALPHABET)
_BASE2 = len(_ALPHABET) ** 2
_TWELVE = len(_ALPHABET) ** 12  # fits one machine word: the six divisions below stay small


def stable_id(*parts: object, length: int = 12) -> str:
    """A short id derived from `parts` (joined unambiguously), e.g. ("spacewalk", "cast",
    "Pavel Belyaev", "who-played"): the lowest `length` base-35 digits of the first 96 bits
    of the parts' SHA-256, least significant first.

    A large pack makes hundreds of thousands of ids, so the usual length is spelled out:
    the number is cut to its twelve digits once, and the pairs are divided out of a small
    number rather than a 96-bit one (half the time of the general loop, same ids)."""
    try:
        joined = "\x1f".join(parts)  # type: ignore[arg-type]
    except TypeError:  # a number among the parts
        joined = "\x1f".join(map(str, parts))
    number = int.from_bytes(sha256(joined.encode("utf-8")).digest()[:12], "big")
    if length == 12:
        rest, a = divmod(number % _TWELVE, _BASE2)
        rest, b = divmod(rest, _BASE2)
        rest, c = divmod(rest, _BASE2)
        rest, d = divmod(rest, _BASE2)
        f, e = divmod(rest, _BASE2)
        return _PAIRS[a] + _PAIRS[b] + _PAIRS[c] + _PAIRS[d] + _PAIRS[e] + _PAIRS[f]
    out = []
    for _ in range((length + 1) // 2):
        number, pair = divmod(number, _BASE2)
        out.append(_PAIRS[pair])
    return "".join(out)[:length]
