"""The game's scenes, one module each, and the registry the app and the screenshot command
use to build them by name."""
