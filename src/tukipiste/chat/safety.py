"""Words of danger in a waiting client's first message, in the site's languages.

A hint for the console only: a queue row that matches is highlighted so that a client who
writes "I am in danger" is seen first. It never decides anything and is never stored.
Stems are matched at word starts, case-insensitively; Thai has no spaces between words, so
its words are matched anywhere.
"""

from __future__ import annotations

import re

STEMS: dict[str, tuple[str, ...]] = {
    "en": (
        "danger",
        "help me",
        "urgent",
        "emergency",
        "hurt",
        "hit me",
        "beat",
        "threat",
        "violen",
        "rape",
        "kill",
        "scared",
        "afraid",
        "unsafe",
        "trafficked",
        "locked",
    ),
    "fi": (
        "vaara",
        "hätä",
        "apua",
        "auttakaa",
        "uhka",
        "uhkaa",
        "väkival",
        "lyö",
        "löi",
        "pelkää",
        "pelottaa",
        "raiskat",
        "tappaa",
        "lukittu",
        "kiire",
    ),
    "sv": (
        "fara",
        "hjälp",
        "nöd",
        "akut",
        "hotar",
        "hotad",
        "våld",
        "slår",
        "slog",
        "rädd",
        "våldtä",
        "döda",
        "inlåst",
    ),
    "ru": (
        "опасн",
        "помоги",
        "помогите",
        "срочно",
        "угрож",
        "насил",
        "бьёт",
        "бьет",
        "избил",
        "боюсь",
        "страшно",
        "изнасил",
        "убь",
        "заперт",
    ),
    "es": (
        "peligro",
        "ayuda",
        "urgente",
        "emergencia",
        "amenaz",
        "violen",
        "me pega",
        "golpe",
        "miedo",
        "violad",
        "matar",
        "encerrad",
    ),
    "ro": (
        "pericol",
        "ajutor",
        "ajutați",
        "urgent",
        "amenin",
        "violen",
        "mă bate",
        "lovit",
        "frică",
        "mi-e frică",
        "viol",
        "omoar",
        "închis",
    ),
}
THAI = (
    "อันตราย",
    "ช่วยด้วย",
    "ช่วยฉัน",
    "ด่วน",
    "ฉุกเฉิน",
    "ทำร้าย",
    "ตบ",
    "ตี",
    "กลัว",
    "ข่มขืน",
    "ฆ่า",
    "ขู่",
    "ขัง",
)

_WORD_STARTS = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(s) for stems in STEMS.values() for s in stems) + ")",
    re.IGNORECASE,
)


def sounds_urgent(text: str) -> bool:
    """Whether ``text`` holds a word of danger or a call for help (pure)."""
    if not text:
        return False
    return bool(_WORD_STARTS.search(text)) or any(word in text for word in THAI)
