"""``sciatica-desktop export`` and ``import``: a profile to CSV, JSON or FHIR files; a JSON backup back in."""

from __future__ import annotations

from pathlib import Path

from sciatica_desktop.app import Options, build_core, content_layers
from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.reports.assemble import find_profile
from sciatica_desktop.reports.export import export_csv, export_fhir, export_json, import_json, result_text


def run_export(options: Options, *, fmt: str, out: Path, profile: str | None, deidentified: bool) -> int:
    core = build_core(options)
    try:
        who = find_profile(core.repo, profile)
        db, clock = core.opened.db, core.clock
        if fmt == "csv":
            files = export_csv(db, who, out, clock=clock, deidentified=deidentified)
            print(f"Wrote {len(files)} CSV files to {out}.")
        elif fmt == "json":
            rows = export_json(db, who, out, clock=clock, deidentified=deidentified)
            print(f"Wrote a backup of {who.name!r} ({rows} records) to {out}.")
        else:
            questionnaires, _ = load_questionnaires(content_layers(core.data_dir))
            count = export_fhir(
                db, who, out, clock=clock, questionnaires=questionnaires, deidentified=deidentified
            )
            print(f"Wrote a FHIR R4 bundle ({count} resources) to {out}.")
        return 0
    finally:
        core.close()


def run_import(options: Options, *, file: Path, profile: str | None) -> int:
    core = build_core(options)
    try:
        result = import_json(core.opened.db, file, clock=core.clock, into=profile)
        print(result_text(result))
        return 0
    finally:
        core.close()
