"""Exports other software reads: the FHIR R4 bundle validates with fhir.resources; CSV has one UTF-8 file per
table with a header row and ISO dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle  # R4B (4.3.0): these resources are unchanged from R4

from sciatica_desktop.app import content_layers
from sciatica_desktop.domain.measures_load import load_questionnaires
from sciatica_desktop.reports.export import export_csv, export_fhir
from sciatica_desktop.storage.profile_backup import SPECS


@pytest.mark.parametrize("deidentified", [False, True])
def test_the_fhir_bundle_is_valid_r4(demo_core, tmp_path: Path, deidentified: bool) -> None:  # type: ignore[no-untyped-def]
    questionnaires, _ = load_questionnaires(content_layers(demo_core.data_dir))
    me = demo_core.repo.ensure_profile("Me")
    out = tmp_path / "bundle.json"
    count = export_fhir(
        demo_core.opened.db,
        me,
        out,
        clock=demo_core.clock,
        questionnaires=questionnaires,
        deidentified=deidentified,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection" and len(bundle.entry) == count
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert (kinds.count("Patient") == 0) is deidentified
    assert ('"Me"' in out.read_text(encoding="utf-8")) is not deidentified
    observations = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "Observation"]
    pain = [o for o in observations if o.code.coding]
    assert {o.code.coding[0].code for o in pain} == {"72514-3"}
    assert {o.bodySite.text for o in pain} == {"Lower back", "Leg (sciatica)"}
    no_code = [o for o in observations if not o.code.coding]
    assert no_code and all("no LOINC code" in o.code.text for o in no_code)
    responses = [
        e.resource for e in bundle.entry if e.resource.get_resource_type() == "QuestionnaireResponse"
    ]
    assert {r.questionnaire.split(":")[-1] for r in responses} == {"psfs", "pgic"}
    assert all(r.item[-1].linkId == "score" for r in responses)
    if not deidentified:
        patient = next(e for e in bundle.entry if e.resource.get_resource_type() == "Patient")
        assert all(o.subject.reference == patient.fullUrl for o in observations)


def test_csv_is_one_utf8_file_per_table_with_header_and_iso_dates(demo_core, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    me = demo_core.repo.ensure_profile("Me")
    files = export_csv(demo_core.opened.db, me, tmp_path / "csv", clock=demo_core.clock)
    assert {f.stem for f in files} == {"profile", *(s.name for s in SPECS)}
    with (tmp_path / "csv" / "check_in.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0])[:4] == ["id", "profile_id", "session_id", "at_utc"]
    when = dt.datetime.fromisoformat(rows[0]["at_utc"])
    assert when.utcoffset() == dt.timedelta(0)
    assert rows[0]["deleted"] in ("true", "false")
