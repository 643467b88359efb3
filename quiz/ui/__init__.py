"""The pygame shell: app loop, scene stack, text cache, widgets, theme, scenes."""

import os

# pygame prints a banner on import; the game's commands write CSV and file lists to stdout.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
