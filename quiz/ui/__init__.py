"""The pygame shell: app loop, scene stack, text cache, widgets, theme, scenes."""
