"""Wrong options for generated questions, and the `[[blank]]` markup of trivia and goofs.

Two sources of wrong options, both taken from the pack, never made up as facts:
- names of the same kind (other actors, characters, directors, film titles), the same film's
  first because they are the plausible ones, then the whole pack, sampled at random so that
  a pack of 10,000 films costs no more per question than a pack of one (film titles in a
  pack of over `NEIGHBOURHOOD` films: from the films around the question's film);
- numbers in a plausible band around the answer (a year a few years off, a runtime some
  minutes off, a gross some tens of per cent off), kept apart from each other so that no two
  options look alike once formatted.

Every function takes the film's `random.Random` (see generators.Context), so the choice is
repeatable.
"""

from __future__ import annotations

import random
import re
from functools import cache, lru_cache
from itertools import permutations
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

V = TypeVar("V")

# A blank may run over a line break (a `|` block in YAML): the loader, lint and the
# generators all read blanks with this one pattern.
BLANK = re.compile(r"\[\[(.+?)\]\]", re.S)
GAP = "_____"
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_NOT_DIGIT = re.compile(r"\D")
_INTEGER = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+")
_AMOUNT = re.compile(r"(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s*"
                     r"(thousand|million|billion|тыс\S*|млн|миллион\S*|млрд|миллиард\S*)?")
_SCALES = (("thousand", 1e3), ("тыс", 1e3), ("million", 1e6), ("млн", 1e6), ("миллион", 1e6),
           ("billion", 1e9), ("млрд", 1e9), ("миллиард", 1e9))
# Small sequences are shuffled whole; larger ones are sampled by index, a few tries per
# wanted option, which keeps the cost per question constant.
_SHUFFLE_AT_MOST = 24
_TRIES_PER_OPTION = 8
# A pool larger than this is sampled around a given position (`pick_names(near=...)`): the
# wrong titles of a film in a pack of 10,000 come from the thousand films around it in the
# pack, all of whose data sits near it in memory, instead of from anywhere in 650 MB of
# objects (which made those questions half as slow again). Packs up to this size: anywhere.
NEIGHBOURHOOD = 1024


# The same few thousand names are compared over and over while a pack is generated;
# remembering these pure functions' answers halves the time they take. The memos are plain
# dictionaries (no least-recently-used bookkeeping on every hit, no evictions in the middle
# of a large pack, which made gathering a 10,000-film pack's names 1.7 times slower), kept
# between packs up to `_KEEP` entries each: see `trim_memos`.
_KEEP = 1 << 17


def prompt_key(text: str) -> str:
    """The form texts are compared in: case-folded, spaces collapsed."""
    folded = text.casefold()
    # The ASCII space is the only printable white space: a printable text without two
    # spaces in a row needs no splitting (most texts; they are compared by the hundred
    # thousand).
    if folded.isprintable() and "  " not in folded:
        return folded.strip(" ")
    return " ".join(folded.split())


# Options repeat (the same names in many questions), so their keys are remembered; each
# prompt is seen once, so `prompt_key` is not.
casekey = cache(prompt_key)


@cache
def shape(name: str) -> tuple[int, tuple[bool, ...]]:
    """Word count and which words are capitalised: `Pavel Belyaev` fits a blank that held
    `Alexei Leonov`; `Radio Amateur's Wife` or `Жена радиолюбителя` does not."""
    words = name.split()
    return len(words), tuple(w[:1].isupper() for w in words)


@cache
def script(text: str) -> str:
    """"cyrillic", "latin" or "" (digits and signs only)."""
    if _CYRILLIC.search(text):
        return "cyrillic"
    return "latin" if _LATIN.search(text) else ""


class Names:
    """A pool of names of one kind (actors, titles, ...): each once, compared case-folded, in
    first-seen order, with its key and script worked out as it is added. A large pack's pools
    are sampled hundreds of thousands of times; looking those up again for every candidate
    was most of what picking a wrong option cost."""

    __slots__ = ("names", "keys", "folded", "scripts")

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = []
        self.keys: set[str] = set()
        self.folded: list[str] = []  # casekey of names[i]
        self.scripts: list[str] = []  # script of names[i]
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        key = casekey(name)
        if key and key not in self.keys:
            self.keys.add(key)
            self.names.append(name)
            self.folded.append(key)
            self.scripts.append(script(name))

    def __len__(self) -> int:
        return len(self.names)


def _indices(rng: random.Random, n: int, want: int, near: int | None = None) -> Iterator[int]:
    """Positions in a sequence of `n`, in random order, as many as a question may need;
    with `near`, within `NEIGHBOURHOOD` positions around it."""
    draw = rng.random  # random() is C; randrange() is Python and several times slower
    start = 0
    if near is not None and n > NEIGHBOURHOOD:
        start, n = min(max(0, near - NEIGHBOURHOOD // 2), n - NEIGHBOURHOOD), NEIGHBOURHOOD
    if n <= _SHUFFLE_AT_MOST:
        # A Fisher-Yates shuffle drawn lazily: one random number per name looked at, and
        # a question usually stops after three or four of a pool of up to 24.
        order = list(range(n))
        for i in range(n):
            j = i + int(draw() * (n - i))
            order[i], order[j] = order[j], order[i]
            yield start + order[i]
        return
    for _ in range(want * _TRIES_PER_OPTION):
        yield start + int(draw() * n)


# Every order of up to four options: a question's options are shuffled with one draw.
_ORDERS = {n: tuple(permutations(range(n))) for n in range(2, 5)}


def shuffle(rng: random.Random, items: list) -> None:
    """`rng.shuffle(items)`, drawing with `random()` alone (see the bands below): one
    draw picks one of the orders of a few options, each as likely as the others."""
    orders = _ORDERS.get(len(items))
    if orders is not None:
        order = orders[int(rng.random() * len(orders))]
        items[:] = [items[i] for i in order]
        return
    draw = rng.random
    for i in range(len(items) - 1, 0, -1):
        j = int(draw() * (i + 1))
        items[i], items[j] = items[j], items[i]


def pick_names(
    rng: random.Random,
    answer: str,
    preferred: Sequence[str],
    pool: Names | None = None,
    exclude: Iterable[str] = (),
    want: int = 3,
    same_shape: bool = False,
    near: int | None = None,
) -> list[str]:
    """Up to `want` names unlike the answer and each other (after case-folding), none in
    `exclude` (the other right answers), from `preferred` first (a few names: the same
    film's), then from `pool` (the whole pack's; with `near`, its `NEIGHBOURHOOD` around
    that position).
    With `same_shape`, only names shaped like the answer (see `shape`). Names in the
    answer's script come first: a lone Latin title among Cyrillic ones gives itself away."""
    taken = {casekey(answer)}
    taken.update(map(casekey, exclude))
    wanted_script = script(answer)
    wanted_shape = shape(answer) if same_shape else None
    out: list[str] = []
    other_script: list[str] = []
    sources = [(preferred, None, None)]
    if pool:
        sources.append((pool.names, pool.folded, pool.scripts))
    for names, keys, scripts in sources:
        for i in _indices(rng, len(names), want, None if keys is None else near):
            name = names[i]
            key = casekey(name) if keys is None else keys[i]
            if not key or key in taken or (same_shape and shape(name) != wanted_shape):
                continue
            taken.add(key)
            if (script(name) if scripts is None else scripts[i]) != wanted_script:
                other_script.append(name)
                continue
            out.append(name)
            if len(out) == want:
                return out
    return (out + other_script)[:want]


def pick_numbers(
    rng: random.Random,
    answer: V,
    draw: Callable[[random.Random], V],
    fmt: Callable[[V], str],
    apart: Callable[[V, V], bool],
    want: int = 3,
) -> list[V]:
    """Up to `want` values from `draw` whose formatted text differs from the answer's and
    each other's, and which are `apart` from all of them."""
    chosen: list[V] = [answer]
    seen = {casekey(fmt(answer))}
    for _ in range(want * _TRIES_PER_OPTION * 2):
        value = draw(rng)
        for other in chosen:
            if not apart(value, other):
                break
        else:  # formatted only once it is apart from the rest: a Babel date costs tens of µs
            key = casekey(fmt(value))
            if key not in seen:
                seen.add(key)
                chosen.append(value)
                if len(chosen) > want:
                    break
    return chosen[1:]


# The bands draw with `random()` alone: `choice`, `randint` and `uniform` are Python code
# around it, several times its cost, and a large pack draws hundreds of thousands of numbers.
_YEARS_OFF = (-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6)
_FEW_OFF = (-5, -4, -3, -2, -1, 1, 2, 3, 4, 5)


def _rounding(answer: int) -> int:
    """The step the answer is rounded to (400 → 100), so that a round answer does not
    stand out among ragged distractors or the other way round."""
    digits = str(answer)
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10 ** min(zeros, max(len(digits) - 1, 0))


def year_band(year: int) -> tuple[Callable[[random.Random], int], Callable[[int, int], bool]]:
    """A few years either side."""
    return (lambda r: year + _YEARS_OFF[int(r.random() * 12)]), (lambda a, b: a != b)


def count_band(n: int) -> tuple[Callable[[random.Random], int], Callable[[int, int], bool]]:
    """Small counts a few either side (never below zero); large ones some tens of per cent
    off, rounded like the answer."""
    if n < 20:
        return (lambda r: max(0, n + _FEW_OFF[int(r.random() * 10)])), (lambda a, b: a != b)
    return scale_band(n)


def scale_band(amount: int) -> tuple[Callable[[random.Random], int], Callable[[int, int], bool]]:
    """Between about a third and three times the answer, each at least 15% from the rest,
    rounded like the answer: money, large counts."""
    step = _rounding(amount)
    return (lambda r: max(step, int(round(amount * (0.35 + 2.45 * r.random()) / step)) * step),
            lambda a, b: max(a, b) >= 1.15 * min(a, b))


def minutes_band(minutes: int) -> tuple[Callable[[random.Random], int], Callable[[int, int], bool]]:
    """Up to 40 minutes either side, at least 4 minutes apart, never under half the answer."""
    low = max(1, minutes // 2)
    return (lambda r: max(low, minutes - 40 + int(r.random() * 81))), (lambda a, b: abs(a - b) >= 4)


def rating_band(value: float, scale: int, digits: int) -> tuple[Callable[[random.Random], float], Callable[[float, float], bool]]:
    """Two to fifteen steps of the last shown digit either side, inside 1..scale."""
    step = 10.0 ** -digits
    low, high = min(1.0, value), float(scale)

    def draw(r: random.Random) -> float:
        steps = 2 + int(r.random() * 28)  # 2..15 down or up
        offset = (steps - 14 if steps > 15 else -steps) * step
        return round(min(high, max(low, value + offset)), digits)

    return draw, lambda a, b: abs(a - b) >= 2 * step - 1e-9


@cache
def parse_integer(text: str) -> int | None:
    """The whole number a blank holds (`1975`, `9,677,311`), else None (`six`, `400 million`)."""
    text = text.strip()
    # "007" is a name, not the number 7.
    if not _INTEGER.fullmatch(text) or (text.startswith("0") and text != "0"):
        return None
    return int(_NOT_DIGIT.sub("", text))


def magnitude(text: str) -> float | None:
    """The amount an option states — `612`, `6,000`, `9.5 million`, `400 миллионов`,
    `1 миллиард` — so that such options can be put in order; None for anything else."""
    found = _AMOUNT.fullmatch(text.strip().casefold())
    if not found:
        return None
    digits, scale = found.group(1), found.group(2) or ""
    if _INTEGER.fullmatch(digits):
        value = float(_NOT_DIGIT.sub("", digits))
    else:
        value = float(digits.replace(",", "."))
    return value * next((factor for prefix, factor in _SCALES if scale.startswith(prefix)), 1)


def is_year(text: str) -> bool:
    value = parse_integer(text)
    return value is not None and len(text.strip()) == 4 and 1800 <= value <= 2100


def blanks(text: str) -> list[str]:
    """The marked spans of a statement, in order."""
    return [b.strip() for b in BLANK.findall(text)]


@cache
def plain(text: str) -> str:
    """The statement as a player reads it: the marks removed."""
    return BLANK.sub(lambda m: m.group(1), text)


def with_gap(text: str, index: int) -> str:
    """The statement with blank `index` made a gap, the other blanks shown, and any other
    mention of the same words made a gap too (a goof that names the helicopter twice must not
    give it away the second time)."""
    spans = BLANK.findall(text)
    answer = spans[index].strip()
    marker = "\x00"
    counter = iter(range(len(spans)))
    marked = BLANK.sub(lambda m: marker if next(counter) == index else m.group(1), text)
    return _mention(answer).sub(GAP, marked).replace(marker, GAP)


@lru_cache(maxsize=1 << 12)  # compiled patterns are large; answers are few
def _mention(words: str) -> re.Pattern[str]:
    """`words` as a whole word or words, in any case."""
    return re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)", re.IGNORECASE)


def trim_memos(keep: int | None = None) -> None:
    """Forget the memos that a very large pack has filled beyond `keep` entries; the names
    of packs of any usual size stay remembered for the next one. `trim_memos(0)` forgets
    them all, as in a fresh process."""
    keep = _KEEP if keep is None else keep
    for memo in (casekey, shape, script, plain, parse_integer):
        if memo.cache_info().currsize > keep:
            memo.cache_clear()
