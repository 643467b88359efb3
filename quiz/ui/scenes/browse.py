"""The pack browser: every question a pack file makes, with its options (the right one
ticked), kind, difficulty, explanation and source, and lint's warnings beside the
questions they concern; filtered by kind, language and difficulty.

It watches the file (quiz.core.snapshots) and reads it again when it is saved, keeping the
filters and the place in the list, so an author editing the YAML sees the result at once.
A pack with errors shows them, each with file:line:column and what to do, until the file
is fixed; a file that goes away says so and comes back when it is saved again.

The list moves a whole card at a time, and the card after the last whole one shows only
the rows that fit: every line an author reads is whole, and each text keeps its box. The language filter changes the
questions' language only; the screen's own words stay in the player's language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

import pygame

from quiz.core.errors import PackProblem, say
from quiz.core.models import LOCALES, Question
from quiz.core.session import ANY_DIFFICULTY
from quiz.core.snapshots import PackWatcher, Snapshot
from quiz.i18n import LANGUAGE_NAMES, N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.scenes.setup import DIFFICULTY_CHOICES, DIFFICULTY_NAMES, step_choice
from quiz.ui.widgets import Item, Menu

ALL_KINDS = ""
KIND_NAMES = {
    ALL_KINDS: N_("All"),
    "who-played": N_("Who played"),
    "which-character": N_("Which character"),
    "who-says": N_("Who says"),
    "which-film-quote": N_("Which film: quote"),
    "which-film-trivia": N_("Which film: trivia"),
    "which-film-goof": N_("Which film: goof"),
    "trivia-true-false": N_("True or false"),
    "trivia-fill-blank": N_("Fill the blank"),
    "goof-fill-blank": N_("Goof: fill the blank"),
    "spot-the-goof": N_("Spot the goof"),
    "release-year": N_("Year"),
    "release-date": N_("Release date"),
    "runtime": N_("Runtime"),
    "rating": N_("Rating"),
    "box-office": N_("Box office"),
    "award-wins": N_("Awards won"),
    "award-nominations": N_("Nominations"),
    "director": N_("Director"),
    "alt-title": N_("Other title"),
    "choice": N_("Hand-written"),
    "truefalse": N_("Hand-written true/false"),
}

# The design canvas: the side panel with the counts and filters, and the list.
SIDE = (40, 40, 600, 1000)
LIST = (680, 40, 1200, 1000)
VIEW = (704, 64, 1124, 952)  # where cards go, inside LIST, left of the scroll bar
BAR_X, BAR_W = 1842, 14
CARD_PAD, CARD_GAP, ROW_GAP = 20, 16, 6
OPTION_INDENT = 64
NOTE_SECONDS = 2.5  # "updated from the file" stays this long after a reload
# One more frame is drawn after the note's time, so the last picture sent is without it.
NOTE_TAIL = 0.2


@dataclass(frozen=True)
class Row:
    """One text of a card: its role, colour, relative size and left indent (design
    pixels); `tick` marks the right answer with a drawn tick in the indent."""

    text: str
    role: str = "body"
    colour: tuple[int, int, int] = theme.TEXT
    size: float = 1.0
    indent: int = 0
    tick: bool = False


@dataclass(frozen=True)
class Card:
    """One entry of the list. `key` names what it shows (a question id, a problem), so the
    list stays on it when the file is read again."""

    key: str
    rows: tuple[Row, ...]
    border: tuple[int, int, int] = theme.PANEL_EDGE


def problem_place(problem: PackProblem) -> str:
    """`file:line:column` with the file's name only (the side panel shows its folder),
    and the place in the document when known."""
    place = replace(problem, file=Path(problem.file).name).location()
    return f"{place} · {problem.where}" if problem.where else place


class BrowseScene(MenuScene):
    """The questions of the pack file at `path`, kept up to date with the file.
    `locale` is the questions' language (default: the player's)."""

    def __init__(self, ctx: Context, path: str | Path, locale: str | None = None) -> None:
        super().__init__(ctx)
        self.watcher = PackWatcher(path)
        self.locale = locale if locale in LOCALES else ctx.tr.locale
        self.kind = ALL_KINDS
        self.difficulty = ANY_DIFFICULTY
        self.top = 0  # the first card shown
        self.since_reload = math.inf
        self.cards: list[Card] = []
        self.shown_state = "ok"
        self.kept_place: tuple[str | None, int] | None = None  # (card key, top) while the file is broken
        self._heights: dict[int, list[int]] = {}  # card -> its rows' heights, for `_measured_for`
        self._measured_for: tuple = ()
        self.menu = Menu([
            Item("kind", N_("Kind"), value=lambda: self.gettext(KIND_NAMES.get(self.kind, self.kind))),
            Item("locale", N_("Language"), value=lambda: LANGUAGE_NAMES[self.locale]),
            Item("difficulty", N_("Difficulty"), value=lambda: self.gettext(DIFFICULTY_NAMES[self.difficulty])),
            Item("back", N_("Back")),
        ], 70, 430, 540, 80, 14)
        self._rebuild()

    # what is shown ------------------------------------------------------------------
    @property
    def snapshot(self) -> Snapshot:
        return self.watcher.snapshot

    def questions(self) -> list[Question]:
        """The questions the filters let through, in the list's order."""
        return [q for q in self.snapshot.questions.get(self.locale, ())
                if self.kind in (ALL_KINDS, q.kind) and self.difficulty in (ANY_DIFFICULTY, q.difficulty)]

    def kinds(self) -> tuple[str, ...]:
        """The kind filter's choices: all, the kinds present, and the chosen one even when
        an edit took its last question away (it may come back with the next save)."""
        present = self.snapshot.kinds(self.locale)
        return (ALL_KINDS, *present, *(() if self.kind in (ALL_KINDS, *present) else (self.kind,)))

    def _rebuild(self, keep: str = "index") -> None:
        """Make the cards again, staying on the card shown at the top: the same question
        when it is still there, else (`keep` "index") the same place, or the start. While
        the file is broken or gone, the place in the list of questions is kept for when
        it is fixed."""
        old = (self.cards[self.top].key, self.top) if self.top < len(self.cards) else (None, self.top)
        state, was = self.snapshot.state, self.shown_state
        if state == "missing":
            self.cards = [self._missing_card()]
        elif state == "errors":
            self.cards = [self._errors_head(), *(self._problem_card(p) for p in self.snapshot.errors)]
        else:
            self.cards = self._question_cards()
        self._heights.clear()
        self.shown_state = state
        if was == "ok" and state != "ok":
            self.kept_place, old = old, (None, 0)
        elif was != "ok" and state == "ok" and self.kept_place is not None:
            old, self.kept_place = self.kept_place, None
        keys = [card.key for card in self.cards]
        top = keys.index(old[0]) if old[0] in keys else (old[1] if keep == "index" else 0)
        self.top = max(0, min(top, len(self.cards) - 1))

    def _question_cards(self) -> list[Card]:
        shown = self.questions()
        about = self.snapshot.about
        beside = {p for q in shown for p in about.get((self.locale, q.id), ())}
        cards = [self._question_card(i, q, about.get((self.locale, q.id), ())) for i, q in enumerate(shown, 1)]
        if not cards:
            message = (N_("No question matches these filters.") if self.snapshot.questions.get(self.locale)
                       else N_("This pack makes no questions yet."))
            cards.append(Card("empty", (Row(self.gettext(message), colour=theme.MUTED),)))
        # Warnings about the pack as a whole, or about questions not shown now, come first,
        # where the author opening the list sees them.
        return [*(self._problem_card(p) for p in self.snapshot.warnings if p not in beside), *cards]

    def _question_card(self, number: int, q: Question, warnings: tuple[PackProblem, ...]) -> Card:
        tr = self.ctx.tr
        meta = " · ".join((tr.number(number), self.gettext(KIND_NAMES.get(q.kind, q.kind)),
                           self._difficulty(q.difficulty)))
        rows = [Row(meta, "small", theme.MUTED), Row(q.prompt, "button", size=0.9)]
        for i, option in enumerate(q.options):
            right = i == q.answer
            rows.append(Row(f"{theme.TILES[i].letter}) {option}", "button" if right else "body",
                            theme.GOOD if right else theme.TEXT, 0.8, OPTION_INDENT, tick=right))
        if q.explanation:
            rows.append(Row(self.gettext("Explanation: {text}").format(text=q.explanation), "small", theme.MUTED))
        if q.source:
            # Authors see both what players are shown and the source as written.
            shown = f"{q.source_label} ({q.source})" if q.source_label else q.source
            rows.append(Row(self.gettext("Source: {source}").format(source=shown), "small", theme.MUTED))
        else:
            rows.append(Row(self.gettext("Source: not given"), "small", theme.ACCENT))
        for problem in warnings:
            rows.append(Row(self.gettext("Warning: {place}: {message}").format(
                place=problem_place(problem), message=say(problem.message, tr)), "small", theme.ACCENT))
            rows += self._hint(problem)
        return Card(q.id, tuple(rows), theme.ACCENT if warnings else theme.PANEL_EDGE)

    def _difficulty(self, difficulty: str) -> str:
        """One question's difficulty (Russian agrees it with "question", unlike the setup
        screen's choice of questions)."""
        tr = self.ctx.tr
        return {"easy": tr.pgettext("one question", "Easy"), "medium": tr.pgettext("one question", "Medium"),
                "hard": tr.pgettext("one question", "Hard")}.get(difficulty, difficulty)

    def _problem_card(self, problem: PackProblem) -> Card:
        error = problem.severity == "error"
        label = self.gettext("Error") if error else self.gettext("Warning")
        rows = [Row(f"{label}: {problem_place(problem)}", "small", theme.BAD if error else theme.ACCENT),
                Row(say(problem.message, self.ctx.tr), size=0.8), *self._hint(problem)]
        # Keyed by the English text: the list stays on the card when the language changes.
        return Card(str(problem), tuple(rows), theme.BAD if error else theme.ACCENT)

    def _hint(self, problem: PackProblem) -> list[Row]:
        """What to do, in the player's language, when the problem says."""
        hint = say(problem.hint, self.ctx.tr).strip()
        return [Row(hint, "small", theme.MUTED)] if hint else []

    def _errors_head(self) -> Card:
        n = len(self.snapshot.errors)
        head = self.ctx.tr.counted("This pack has {n} error: the game cannot use it until it is fixed.",
                                   "This pack has {n} errors: the game cannot use it until they are fixed.", n)
        return Card("errors", (Row(head, "button", theme.BAD, 0.9),
                               Row(self.gettext("Save the file and this list updates by itself."), "small",
                                   theme.MUTED)), theme.BAD)

    def _missing_card(self) -> Card:
        return Card("missing", (
            Row(self.gettext("The file is not there"), "button", theme.BAD, 0.9),
            Row(self.watcher.path, "small", theme.MUTED),
            Row(self.gettext("It may have been moved, renamed or deleted. The list comes back as soon as "
                             "the file is saved again."), size=0.8)), theme.BAD)

    # layout -------------------------------------------------------------------------
    def _row_width(self, row: Row) -> int:
        frame = self.ctx.frame
        return frame.px(VIEW[2] - 2 * CARD_PAD - row.indent)

    def _measure(self, card: Card) -> list[int]:
        """Each row's natural height in window pixels: its text wrapped to the card."""
        return [self.ctx.text.fitted(row.text, row.role, row.colour, pygame.Rect(0, 0, self._row_width(row), 10**6),
                                     self.ctx.frame.scale, "left", row.size).get_height()
                for row in card.rows]

    def rows_of(self, i: int) -> list[int]:
        """Card `i`'s rows' heights at the current window and text size, measured when
        first needed (a pack of hundreds of questions measures only what is looked at)
        and remembered; drawing then takes the text from the text cache."""
        key = (self.ctx.frame.size, self.ctx.text.scale)
        if key != self._measured_for:
            self._heights.clear()
            self._measured_for = key
        if i not in self._heights:
            self._heights[i] = self._measure(self.cards[i])
        return self._heights[i]

    def height(self, i: int) -> int:
        """Card `i`'s height in window pixels."""
        rows, frame = self.rows_of(i), self.ctx.frame
        return 2 * frame.px(CARD_PAD) + sum(rows) + frame.px(ROW_GAP) * (len(rows) - 1)

    def view(self) -> pygame.Rect:
        return self.ctx.frame.rect(*VIEW)

    def fitting(self, start: int) -> int:
        """How many cards from `start` fit in the list (at least one: a card taller than
        the list is squeezed into it)."""
        room, gap = self.view().h, self.ctx.frame.px(CARD_GAP)
        count, used = 0, -gap
        for i in range(start, len(self.cards)):
            h = self.height(i)
            if used + gap + h > room and count:
                break
            used += gap + h
            count += 1
        return count

    def _first_of_page_ending(self, end: int) -> int:
        """The smallest top card from which the cards up to `end` (excluded) all fit."""
        top = end - 1
        while top > 0 and self.fitting(top - 1) >= end - (top - 1):
            top -= 1
        return max(top, 0)

    def last_top(self) -> int:
        """The top card when the list is scrolled to its end: the last page is full."""
        return self._first_of_page_ending(len(self.cards))

    def scroll_to(self, top: int) -> None:
        self.top = max(0, min(top, self.last_top()))

    def page_up(self) -> None:
        """Back by one screenful: the page that ends where this one starts."""
        if self.top > 0:
            self.scroll_to(self._first_of_page_ending(self.top))

    # input and time -----------------------------------------------------------------
    def handle_event(self, e: pygame.event.Event) -> bool:
        if e.type == pygame.MOUSEWHEEL:
            self.scroll_to(self.top - e.y)
            return True
        bar = self.scrollbar() if e.type == pygame.MOUSEBUTTONDOWN and e.button == 1 else None
        if bar is not None and bar[0].inflate(self.ctx.frame.px(20), 0).collidepoint(e.pos):
            # A click on the bar pages towards it, as scroll bars do.
            if e.pos[1] < bar[1].top:
                self.page_up()
            elif e.pos[1] > bar[1].bottom:
                self.scroll_to(self.top + self.fitting(self.top))
            return True
        if e.type == pygame.KEYDOWN:
            back = bool(e.mod & pygame.KMOD_SHIFT)
            moves = {
                pygame.K_UP: lambda: self.scroll_to(self.top - 1),
                pygame.K_DOWN: lambda: self.scroll_to(self.top + 1),
                pygame.K_PAGEDOWN: lambda: self.scroll_to(self.top + self.fitting(self.top)),
                pygame.K_PAGEUP: self.page_up,
                pygame.K_HOME: lambda: self.scroll_to(0),
                pygame.K_END: lambda: self.scroll_to(self.last_top()),
                pygame.K_k: lambda: self.on_action("kind", -1 if back else 1),
                pygame.K_l: lambda: self.on_action("locale", -1 if back else 1),
                pygame.K_d: lambda: self.on_action("difficulty", -1 if back else 1),
                pygame.K_r: self.reload,
                pygame.K_F5: self.reload,
            }
            if e.key in moves:
                moves[e.key]()
                return True
            if e.key == pygame.K_TAB:
                self.menu.focus = (self.menu.focus + (-1 if back else 1)) % len(self.menu.items)
                return True
        return super().handle_event(e)

    def on_action(self, action: str, step: int) -> None:
        if action == "kind":
            self.kind = step_choice(self.kinds(), self.kind, step)
        elif action == "locale":
            self.locale = step_choice(LOCALES, self.locale, step)
        elif action == "difficulty":
            self.difficulty = step_choice(DIFFICULTY_CHOICES, self.difficulty, step)
        elif action == "back":
            self.back()
            return
        self._rebuild(keep="start")

    def back(self) -> None:
        if self.watcher.reloads and self.snapshot.pack is not None:
            self.ctx.library.refresh(self.snapshot.pack)
        super().back()

    def reload(self) -> None:
        """Read the file again now (R or F5), as a save would."""
        self.watcher.reload()
        self._reloaded()

    def _reloaded(self) -> None:
        self._rebuild()
        self.since_reload = 0.0

    def update(self, dt: float) -> None:
        self.since_reload += dt
        if self.watcher.tick(dt):
            self._reloaded()

    def animating(self) -> bool:
        # Drawn while the "updated" note shows, which also puts the reloaded list on screen
        # when the app idles.
        return self.since_reload <= NOTE_SECONDS + NOTE_TAIL

    def on_locale_changed(self) -> None:
        self._rebuild()

    # drawing ------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        frame = self.ctx.frame
        theme.draw_panel(surface, frame.rect(*SIDE), frame)
        theme.draw_panel(surface, frame.rect(*LIST), frame)
        self._draw_side(surface)
        self.menu.draw(surface, self.ctx)
        self._draw_list(surface)

    def _draw_side(self, surface: pygame.Surface) -> None:
        tr, snapshot = self.ctx.tr, self.snapshot
        pack = snapshot.pack
        title = pack.title.get(self.locale, pack.default_locale) if pack else Path(snapshot.path).name
        self.draw_text(surface, title, "heading", (70, 60, 540, 140), theme.ACCENT, size=0.8)
        self.draw_text(surface, snapshot.path, "small", (70, 205, 540, 50), theme.MUTED, size=0.8)
        if snapshot.state == "ok":
            total, shown = len(snapshot.questions.get(self.locale, ())), len(self.questions())
            if shown == total:
                count = tr.ngettext("{n} question", "{n} questions", total)
            else:
                count = tr.ngettext("{n} of {total} question", "{n} of {total} questions", total)
            count = count.format(n=tr.number(shown), total=tr.number(total))
            n = len(snapshot.warnings)
            warnings = (tr.counted("{n} warning", "{n} warnings", n) if n
                        else self.gettext("No warnings"))
            self.draw_text(surface, count, "button", (70, 270, 540, 64), align="left")
            self.draw_text(surface, warnings, "body", (70, 340, 540, 60), theme.ACCENT if n else theme.GOOD,
                           align="left", size=0.85)
        elif snapshot.state == "errors":
            n = len(snapshot.errors)
            self.draw_text(surface, tr.counted("{n} error", "{n} errors", n), "button",
                           (70, 270, 540, 64), theme.BAD, align="left")
        if self.since_reload < NOTE_SECONDS:
            note, colour = self.gettext("Updated from the file"), theme.GOOD
        else:
            note, colour = self.gettext("Save the pack in your editor: this list follows it."), theme.MUTED
        self.draw_text(surface, note, "small", (70, 820, 540, 90), colour, align="left")
        self.draw_text(surface, self.gettext("Arrows, PgUp, PgDn: scroll\nK, L, D: filters   R: reload"),
                       "small", (70, 920, 540, 100), theme.MUTED, align="left", size=0.85)

    def _draw_list(self, surface: pygame.Surface) -> None:
        frame, view = self.ctx.frame, self.view()
        gap = frame.px(CARD_GAP)
        y = view.top
        for i in range(self.top, len(self.cards)):
            h = self.height(i)
            if y + h > view.bottom and i != self.top:
                # The next card shows as far as its whole rows fit, cut off by the list's
                # edge, so the list never ends in an empty gap; PgDn brings it up whole.
                clip = surface.get_clip()
                surface.set_clip(view.clip(clip))
                self._draw_card(surface, self.cards[i], self.rows_of(i), pygame.Rect(view.x, y, view.w, h), view.bottom)
                surface.set_clip(clip)
                break
            self._draw_card(surface, self.cards[i], self.rows_of(i), pygame.Rect(view.x, y, view.w, min(h, view.h)))
            y += h + gap
        bar = self.scrollbar()
        if bar is not None:
            pygame.draw.rect(surface, theme.BACKGROUND, bar[0], border_radius=frame.px(7))
            pygame.draw.rect(surface, theme.MUTED, bar[1], border_radius=frame.px(7))

    def scrollbar(self) -> tuple[pygame.Rect, pygame.Rect] | None:
        """The scroll bar's track and thumb (the whole cards shown), when the list is
        longer than the screen."""
        n, shown = len(self.cards), self.fitting(self.top)
        if self.top == 0 and shown == n:
            return None
        frame = self.ctx.frame
        track = frame.rect(BAR_X, VIEW[1], BAR_W, VIEW[3])
        thumb = pygame.Rect(track.x, track.y + track.h * self.top // n, track.w,
                            max(frame.px(30), track.h * shown // n))
        return track, thumb

    def _draw_card(self, surface: pygame.Surface, card: Card, heights: list[int], rect: pygame.Rect,
                   bottom: int | None = None) -> None:
        """A card in `rect`, with only the rows that end above `bottom` when it is given.
        A card taller than the whole list gets a shorter `rect`: its rows' boxes then
        shrink alike and their text is fitted to them."""
        frame = self.ctx.frame
        theme.draw_panel(surface, rect, frame, theme.BUTTON, card.border)
        pad, gap = frame.px(CARD_PAD), frame.px(ROW_GAP)
        squeeze = min(1.0, (rect.h - 2 * pad - gap * (len(heights) - 1)) / max(1, sum(heights)))
        y = rect.y + pad
        for row, h in zip(card.rows, heights):
            h = math.floor(h * squeeze)
            if bottom is not None and y + h > bottom:
                break
            indent = frame.px(row.indent) if row.indent else 0
            box = pygame.Rect(rect.x + pad + indent, y, self._row_width(row), h)
            if row.tick:
                theme.draw_tick(surface, rect.x + pad + frame.px(14), y + h // 2, frame.px(12), theme.GOOD)
            self.ctx.text.draw(surface, row.text, row.role, row.colour, box, frame.scale, "left", "top", row.size)
            y += h + gap
