"""`samskab associations`: the directory of local associations initiatives can be connected to."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.services.associations import (
    AssociationFileError,
    list_associations,
    parse_associations_file,
    upsert_associations,
)

associations_app = typer.Typer(
    help="Local associations initiatives can be introduced to.", no_args_is_help=True
)

DatabaseOption = Annotated[
    str | None,
    typer.Option("--database", help="Database URL (default: SAMSKAB_DATABASE_URL or samskab.db)."),
]


@associations_app.command("import")
def associations_import(
    file: Annotated[
        Path, typer.Argument(help="YAML or CSV: name, contact, categories, areas, description.")
    ],
    database: DatabaseOption = None,
) -> None:
    """Create or update associations from a YAML or CSV file (matched by name)."""
    # Imported here: adapters.cli registers this sub-app, so a top-level import would be circular.
    from adapters.cli_common import open_database

    try:
        records = parse_associations_file(file)
    except AssociationFileError as exc:
        typer.echo(f"samskab: {exc}", err=True)
        raise typer.Exit(1) from exc
    db = open_database(database)
    with db.session() as session:
        created, updated = upsert_associations(session, records)
    typer.echo(f"Imported {len(records)} associations ({created} new, {updated} updated).")


@associations_app.command("list")
def associations_list(database: DatabaseOption = None) -> None:
    """List associations with contact, categories and areas."""
    from adapters.cli_common import open_database

    db = open_database(database)
    with db.session() as session:
        associations = list_associations(session)
        if not associations:
            typer.echo("No associations yet: add them with `samskab associations import FILE`.")
            return
        for association in associations:
            typer.echo(
                f"{association.name:<32.32} {(association.contact or '-'):<32.32} "
                f"categories={','.join(association.categories) or '-'} "
                f"areas={','.join(association.areas) or 'all'}"
            )
