"""A small gazetteer of places in Gentofte Kommune, used to spot where an idea belongs.

Only names are kept here; matching (folding, word boundaries, prepositions) is
done by `bot.dialogue.understanding`.  Streets are recognised by their endings
(-vej, -gade, -allé ...), so they are not listed.
"""

from __future__ import annotations

__all__ = ["DISTRICTS", "LANDMARKS", "PLACE_NAMES"]

DISTRICTS: tuple[str, ...] = (
    "Hellerup",
    "Charlottenlund",
    "Ordrup",
    "Gentofte",
    "Jægersborg",
    "Vangede",
    "Dyssegård",
    "Klampenborg",
    "Skovshoved",
)

LANDMARKS: tuple[str, ...] = (
    # Nature, parks and water
    "Gentofte Sø",
    "Jægersborg Sø",
    "Jægersborg Dyrehave",
    "Dyrehaven",
    "Jægersborg Hegn",
    "Eremitagen",
    "Eremitagesletten",
    "Bernstorffsparken",
    "Bernstorff Slotshave",
    "Bernstorff Slot",
    "Charlottenlund Slotshave",
    "Charlottenlund Slot",
    "Charlottenlund Skov",
    "Charlottenlund Strandpark",
    "Charlottenlund Søbad",
    "Charlottenlund Fort",
    "Bellevue Strand",
    "Bellevue",
    "Øregård Park",
    "Øregårdsparken",
    "Ordrup Krat",
    "Ordrup Mose",
    "Brobæk Mose",
    "Maglemosen",
    "Ermelunden",
    "Ermelundskilen",
    "Kildeskoven",
    "Hellerup Strand",
    "Hellerup Strandpark",
    "Skovshoved Strand",
    # Harbours
    "Hellerup Havn",
    "Skovshoved Havn",
    "Tuborg Havn",
    "Tuborg Nord",
    "Tuborg Syd",
    # Libraries and public buildings
    "Gentofte Hovedbibliotek",
    "Gentofte Bibliotek",
    "Hovedbiblioteket",
    "Hellerup Bibliotek",
    "Ordrup Bibliotek",
    "Charlottenlund Bibliotek",
    "Vangede Bibliotek",
    "Jægersborg Bibliotek",
    "Bakkehusets Bibliotek",
    "Gentofte Rådhus",
    "Gentofte Hospital",
    "Kildeskovshallen",
    "Gentofte Sportspark",
    "Gentofte Stadion",
    "Nymosehallen",
    "Ordrup Hallen",
    "Experimentarium",
    "Gentofte Centret",
    "Ordrup Torv",
    # Stations
    "Hellerup Station",
    "Gentofte Station",
    "Charlottenlund Station",
    "Ordrup Station",
    "Bernstorffsvej Station",
    "Jægersborg Station",
    "Vangede Station",
    "Dyssegård Station",
    "Klampenborg Station",
    "Skovshoved Station",
    # Schools and upper secondary schools
    "Ordrup Skole",
    "Hellerup Skole",
    "Gentofte Skole",
    "Skovshoved Skole",
    "Tjørnegårdsskolen",
    "Munkegårdsskolen",
    "Skovgårdsskolen",
    "Dyssegårdsskolen",
    "Maglegårdsskolen",
    "Søgårdsskolen",
    "Bakkegårdsskolen",
    "Tranegårdskolen",
    "Tranegårdsskolen",
    "Ordrup Gymnasium",
    "Øregård Gymnasium",
    "Aurehøj Gymnasium",
    "Gammel Hellerup Gymnasium",
    # Churches
    "Ordrup Kirke",
    "Hellerup Kirke",
    "Gentofte Kirke",
    "Vangede Kirke",
    "Jægersborg Kirke",
    "Skovshoved Kirke",
    "Messiaskirken",
    "Taffelbay",
    "Taffelbugten",
)

PLACE_NAMES: tuple[str, ...] = LANDMARKS + DISTRICTS
