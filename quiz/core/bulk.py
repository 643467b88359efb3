"""Making a great many objects at once (reading a large pack, generating its questions)
without the cycle collector rescanning them all the while."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def no_collection() -> Iterator[None]:
    """No cycle collection while the block makes hundreds of thousands of objects that are
    not garbage: the collector would scan them again and again (a third of the time of
    unpickling a large pack, over half of a first read). Disabling alone only defers the
    cost: every object made still counts towards the next collection, which then scans
    them all at once. Freezing and unfreezing moves every live object to the oldest
    generation and resets that count, so the new objects wait for the next full
    collection, as if they had survived the young ones. Skipped when the program has
    frozen objects of its own (unfreezing would release them)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
