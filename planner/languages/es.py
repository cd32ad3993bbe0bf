"""Todo lo que el planificador escribe, en español: the Spanish catalogue, with English's names.

Neutral Spanish, addressing the recipient as usted; written for the employer who reads each
draft, not translated word for word. Dates as "viernes 20 de noviembre de 2026".
"""

from __future__ import annotations

TEXT: dict[str, str] = {
    "date.long": "{weekday} {day} de {month} de {year}",
    "date.spoken": "{weekday} {day} de {month}",
    "date.short": "{weekday} {day} {month}",
    "date.short.year": "{weekday} {day} {month} {year}",
}

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
MONTHS_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
DAY_NAMES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
DAYS_SHORT = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
VARIANTS: dict[str, dict[str, str]] = {}

FIELD_SENTENCES: dict[str, str] = {
    "greeting": "Estimada …:",
    "discussed": "Disfruté especialmente de nuestra conversación sobre …",
    "strengths": "Creo que … me ayudaría a desempeñar bien el puesto.",
    "forgot_to_mention": "Algo que no llegué a mencionar es …",
}
