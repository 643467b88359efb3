"""Settings: language, fullscreen, sound, text size and the scoring switches. Every change
applies at once (a new language re-translates every screen) and is saved."""

from __future__ import annotations

from dataclasses import replace

import pygame

from quiz.core.settings import TEXT_SIZES
from quiz.i18n import LANGUAGE_NAMES, SUPPORTED, N_
from quiz.ui import theme
from quiz.ui.scenes.base import Context, MenuScene
from quiz.ui.widgets import Item, Menu

TEXT_SIZE_NAMES = {"small": N_("Small"), "normal": N_("Normal"), "large": N_("Large"),
                   "projector": N_("Projector")}
VOLUME_STEP = 0.1
FLAGS = ("fullscreen", "muted", "timer", "speed_points", "streak_bonus")


class SettingsScene(MenuScene):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.menu = Menu([
            Item("locale", N_("Language"), value=lambda: LANGUAGE_NAMES[self.ctx.settings.locale]),
            Item("fullscreen", N_("Fullscreen"), value=self._on_off("fullscreen")),
            Item("volume", N_("Volume"), value=lambda: self.ctx.tr.percent(self.ctx.settings.volume)),
            Item("muted", N_("Mute"), value=self._on_off("muted")),
            Item("text_size", N_("Text size"), value=lambda: self.gettext(TEXT_SIZE_NAMES[self.ctx.settings.text_size])),
            Item("timer", N_("Timer"), value=self._on_off("timer")),
            Item("speed_points", N_("Speed points"), value=self._on_off("speed_points")),
            Item("streak_bonus", N_("Streak bonus"), value=self._on_off("streak_bonus")),
            Item("back", N_("Back")),
        ], 360, 150, 1200, 80, 14)

    def _on_off(self, name: str):
        return lambda: self.on_off(getattr(self.ctx.settings, name))

    def on_action(self, action: str, step: int) -> None:
        s = self.ctx.settings
        if action == "back":
            self.back()
        elif action == "locale":
            i = SUPPORTED.index(s.locale) if s.locale in SUPPORTED else 0
            self.ctx.apply_settings(replace(s, locale=SUPPORTED[(i + step) % len(SUPPORTED)]))
        elif action == "volume":
            volume = round(min(1.0, max(0.0, s.volume + step * VOLUME_STEP)), 2)
            self.ctx.apply_settings(replace(s, volume=volume, muted=False if step > 0 else s.muted))
            self.ctx.sounds.play("click")
        elif action == "text_size":
            sizes = tuple(TEXT_SIZES)
            i = sizes.index(s.text_size) if s.text_size in sizes else 1
            self.ctx.apply_settings(replace(s, text_size=sizes[(i + step) % len(sizes)]))
        elif action in FLAGS:
            self.ctx.apply_settings(replace(s, **{action: not getattr(s, action)}))

    def draw(self, surface: pygame.Surface) -> None:
        theme.draw_background(surface)
        self.draw_text(surface, self.gettext("Settings"), "heading", (60, 30, 1800, 100))
        self.menu.draw(surface, self.ctx)
        self.draw_text(surface, self.gettext("Left and right change a setting; it is saved at once."), "small",
                       (360, 1000, 1200, 50), theme.MUTED)
