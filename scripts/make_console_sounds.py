"""Write the console's two chimes (short, soft WAV files served by the site itself).

Run from the repository root: ``python3 scripts/make_console_sounds.py``. The output is
deterministic, so running it again changes no committed byte.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 8000  # ample for a sine chime under 2.1 kHz, and keeps each file a few kilobytes
OUT = Path(__file__).resolve().parents[1] / "src/tukipiste/chat/static/chat/sounds"


def tone(frequency: float, seconds: float, volume: float) -> list[float]:
    """A sine with a soft attack and a long exponential fade: a bell, not a beep."""
    count = int(RATE * seconds)
    attack = int(RATE * 0.012)
    samples = []
    for n in range(count):
        envelope = min(1.0, n / attack) * math.exp(-5.0 * n / count)
        # A quiet octave partial gives the tone a little warmth.
        value = math.sin(2 * math.pi * frequency * n / RATE)
        value += 0.18 * math.sin(4 * math.pi * frequency * n / RATE)
        samples.append(volume * envelope * value / 1.18)
    return samples


def mix(parts: list[tuple[float, list[float]]]) -> list[float]:
    """Lay tones over each other, each starting at its offset in seconds."""
    length = max(int(start * RATE) + len(samples) for start, samples in parts)
    out = [0.0] * length
    for start, samples in parts:
        offset = int(start * RATE)
        for k, value in enumerate(samples):
            out[offset + k] += value
    return out


def write(name: str, samples: list[float]) -> None:
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
    with wave.open(str(OUT / name), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    # A new client waiting: two rising notes (E5, A5), clearly "someone came".
    rising = [(0.0, tone(659.25, 0.32, 0.35)), (0.16, tone(880.0, 0.42, 0.35))]
    write("console-new-chat.wav", mix(rising))
    # A message in a chat not in view: one short soft note (C6).
    write("console-message.wav", tone(1046.5, 0.28, 0.25))


if __name__ == "__main__":
    main()
