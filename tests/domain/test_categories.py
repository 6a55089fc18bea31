"""The category an idea gets: everyday verbs, place names and phrases taken apart do not
decide it; an age said in numbers does; on a tie, what the idea names first wins."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.domain.routing import categorise, load_categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "holde"/"hold" is the verb, not a team; the road is where the party is.
        ("Vi vil holde en vejfest på Ordrupvej for alle naboerne", "social"),
        ("Vejfest på vores vej i Vangede, så naboerne lærer hinanden at kende", "social"),
        ("Vi holder gadefest hvert år og vil gerne låne borde og bænke", "social"),
        ("Nabofest i Skovshoved med grill og musik for hele kvarteret", "social"),
        ("A street party on our road so the neighbours get to know each other", "social"),
        ("We want to hold a summer party for everyone on Hyldegårdsvej", "social"),
        ("Vi holder møde om trafikken på Bernstorffsvej", "traffic"),
        ("Holde styr på affaldet i Dyrehaven", "nature"),
        # An age in numbers says who it is for; a number of guests does not.
        ("En madklub for mænd over 70", "elderly"),
        ("Madklub hvor mænd over 70 laver mad sammen en gang om ugen", "elderly"),
        ("A food club for men over 70 who live alone", "elderly"),
        ("Cooking classes for people over 65 in Hellerup", "elderly"),
        ("Dans for 75+ på Ordrup Bibliotek", "elderly"),
        ("Svømmehold for 6-årige", "children"),
        ("Babysang for forældre med børn under 2 år", "children"),
        ("Vi forventer over 70 gæster til koncerten", "culture"),
        ("Vi håber at blive over 100.", "other"),
        # Idioms and phrases: "i løbet af" is no run, "run a café" no sport, "home" and
        # "care" alone are no care home, "et lokale" (a room) is no local business.
        ("I løbet af sommeren vil vi plante blomster langs stien", "nature"),
        ("We want to run a repair café in the community house", "social"),
        ("Take care of the trees on our road", "nature"),
        ("Visiting friends for residents of the care home", "elderly"),
        ("Et lokale hvor vi kan mødes og strikke", "other"),
        ("Støt den lokale handel med en torvedag", "business"),
        # Still as before.
        ("En løbeklub for nybegyndere", "sport"),
        ("A running club that meets at the beach on Sundays", "sport"),
        ("A concert in the park with local musicians", "culture"),
        ("Flere bænke langs vejen så ældre kan hvile sig", "elderly"),
        ("We want to make our home street safer with speed bumps", "traffic"),
    ],
)
def test_the_category_is_what_the_idea_is_about(text: str, category: str) -> None:
    assert categorise(text) == category


def test_a_municipality_file_may_name_phrases_in_either_language(tmp_path: Path) -> None:
    path = tmp_path / "categories.yaml"
    path.write_text(
        "events:\n  - vejfest\n  - street party\nhousing:\n  - home\n", encoding="utf-8"
    )
    categoriser = load_categories(path)
    assert categoriser.categorise("A street party on Hyldegårdsvej") == "events"
    assert categoriser.categorise("Vejfester hvert år") == "events"
    assert categoriser.categorise("Homes for young families") == "housing"
    assert categoriser.categorise("Mænd over 70") == "other"  # no elderly category here
