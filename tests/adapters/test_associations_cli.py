"""`samskab associations import/list`: YAML and CSV in, one clear line per bad entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from adapters.associations_cli import associations_app
from bot.services.associations import AssociationFileError, parse_associations_file
from storage.db import Database
from storage.models import Association

runner = CliRunner()

YAML_FILE = """\
associations:
  - name: Gentofte Haveselskab
    contact: kontakt@haveselskab.example
    categories: [nature]
    areas: []
    description: Køkkenhaver, fælleshaver og frø.
  - name: Ordrup Boldklub
    contact: bold@ordrup.example
    categories: sport
    areas: ordrup; Vangede
    description: Fodbold for børn og voksne.
"""

CSV_FILE = """\
name,contact,categories,areas,description
Gentofte Haveselskab,ny@haveselskab.example,nature;social,,Haver for alle.
Vangede Spejderne,spejder@vangede.example,children,Vangede,Spejder for børn.
"""


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(associations_app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_yaml_then_csv_updates_by_name_and_lists(
    tmp_path: Path, database: Database, database_url: str
) -> None:
    code, out, _ = _run(
        "import", str(_write(tmp_path, "a.yaml", YAML_FILE)), "--database", database_url
    )
    assert code == 0 and "Imported 2 associations (2 new, 0 updated)" in out
    code, out, _ = _run(
        "import", str(_write(tmp_path, "a.csv", CSV_FILE)), "--database", database_url
    )
    assert code == 0 and "(1 new, 1 updated)" in out

    with database.session() as session:
        society = session.query(Association).filter_by(name="Gentofte Haveselskab").one()
        assert society.contact == "ny@haveselskab.example"
        assert society.categories == ["nature", "social"]
        club = session.query(Association).filter_by(name="Ordrup Boldklub").one()
        assert club.areas == ["Ordrup", "Vangede"]

    code, out, _ = _run("list", "--database", database_url)
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split("  ")[0] for line in lines] == [
        "Gentofte Haveselskab",
        "Ordrup Boldklub",
        "Vangede Spejderne",
    ]
    assert "areas=all" in lines[0] and "areas=Ordrup,Vangede" in lines[1]


def test_list_when_empty_says_how_to_add(database_url: str) -> None:
    code, out, _ = _run("list", "--database", database_url)
    assert code == 0 and "samskab associations import FILE" in out


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("bad.yaml", "- name: [unclosed", "not valid YAML at line 1"),
        ("bad.yaml", "name: Solo", "expected a list of entries"),
        ("bad.yaml", "- just a string", "entry 1: expected fields"),
        ("bad.yaml", "- name: ''\n", "entry 1, name: Value error, name is empty"),
        (
            "bad.yaml",
            "- name: A\n  categories: [gardening]",
            "entry 1, categories: Value error, unknown category 'gardening'",
        ),
        ("bad.yaml", "- name: A\n  areas: Hellerupp", "entry 1, areas: Value error, unknown area"),
        ("bad.yaml", "- name: A\n  phone: 123", "entry 1, phone: Extra inputs are not permitted"),
        ("bad.yaml", "- name: A\n- name: a", "entry 2: 'a' appears twice"),
        ("bad.csv", "title,contact\nA,b", "CSV needs a header row with at least name"),
    ],
)
def test_bad_files_get_one_clear_line(
    tmp_path: Path, database_url: str, name: str, text: str, message: str
) -> None:
    path = _write(tmp_path, name, text)
    with pytest.raises(AssociationFileError, match=message.replace("(", r"\(")):
        parse_associations_file(path)
    code, _, err = _run("import", str(path), "--database", database_url)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("samskab: ") and message in err


def test_missing_file_is_one_line(tmp_path: Path, database_url: str) -> None:
    code, _, err = _run("import", str(tmp_path / "nope.yaml"), "--database", database_url)
    assert code == 1 and err.startswith("samskab: cannot read") and err.count("\n") == 1
