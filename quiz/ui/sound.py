"""Sound effects made by the program: short sine-wave tunes built into 16-bit buffers for
`pygame.mixer.Sound(buffer=...)`, so the game ships no audio files. With no audio device the
game is silent, not broken."""

from __future__ import annotations

import logging
import math
from array import array

import pygame

log = logging.getLogger(__name__)

RATE = 22050

# name -> notes (frequency in Hz, 0 for a rest; seconds)
TUNES: dict[str, tuple[tuple[float, float], ...]] = {
    "correct": ((660.0, 0.09), (880.0, 0.16)),
    "wrong": ((220.0, 0.14), (165.0, 0.24)),
    "tick": ((1200.0, 0.04),),
    "fanfare": ((523.0, 0.12), (659.0, 0.12), (784.0, 0.12), (0.0, 0.05), (1047.0, 0.35)),
    "click": ((900.0, 0.025),),
}


def synthesise(notes: tuple[tuple[float, float], ...], rate: int = RATE) -> bytes:
    """Mono signed 16-bit samples of `notes`, each faded in and out so nothing clicks."""
    samples = array("h")
    for freq, seconds in notes:
        n = int(rate * seconds)
        fade = max(1, min(n // 4, int(rate * 0.01)))
        for i in range(n):
            envelope = min(1.0, i / fade, (n - i) / fade)
            value = math.sin(2 * math.pi * freq * i / rate) if freq else 0.0
            samples.append(int(12000 * envelope * value))
    return samples.tobytes()


class Sounds:
    """The game's effects. `play` does nothing when there is no mixer."""

    def __init__(self, volume: float = 0.7, enabled: bool = True) -> None:
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self.volume = volume
        if not enabled:  # screenshots and autoplay: no device opened at all
            return
        try:
            pygame.mixer.init(frequency=RATE, size=-16, channels=1)
            channels = pygame.mixer.get_init()[2]
            for name, notes in TUNES.items():
                data = synthesise(notes)
                if channels == 2:
                    stereo = array("h")
                    mono = array("h", data)
                    for s in mono:
                        stereo.extend((s, s))
                    data = stereo.tobytes()
                self._sounds[name] = pygame.mixer.Sound(buffer=data)
        except pygame.error as e:
            log.info("no audio device (%s); the game is silent", e)
            self._sounds.clear()

    @property
    def available(self) -> bool:
        return bool(self._sounds)

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def play(self, name: str) -> None:
        sound = self._sounds.get(name)
        if sound is not None and self.volume > 0:
            sound.set_volume(self.volume)
            sound.play()
