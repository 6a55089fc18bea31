"""A complete idea in each language, and "I don't know", for tests that need an idea sent."""

from __future__ import annotations

IDEAS = {
    "da": (
        "Vi vil lave en fælles køkkenhave på Ordrupvej ved Ordrup Skole, fordi vi savner et "
        "sted at mødes. Den er for alle i kvarteret, og vi vil starte til foråret. Vi har brug "
        "for tilladelse til at bruge plænen."
    ),
    "en": (
        "We want to start a shared kitchen garden on Ordrupvej by Ordrup School, because we "
        "miss a place to meet. It is for everyone in the neighbourhood, and we want to start "
        "in the spring. We need permission to use the lawn."
    ),
}
DONT_KNOW = {"da": "ved ikke", "en": "I don't know"}
