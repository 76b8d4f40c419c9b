"""A FHIR R4 ``collection`` Bundle of a profile's symptom record, as plain JSON values.

- a **Patient** (left out when de-identified; the other resources then have no subject);
- an **Observation** per pain score: LOINC 72514-3 (pain severity, 0–10 verbal numeric rating), with the
  site (low back, or leg) in ``bodySite.text`` because that LOINC code does not say where; how far down
  the leg symptoms reach has no LOINC code, so that Observation carries text only and says so;
- a **QuestionnaireResponse** per outcome-measure response, its items and the computed score.

Tests validate the bundle with the ``fhir.resources`` library.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from peewee import Database

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.measures import LoggedResponse, Questionnaire
from sciatica_desktop.domain.records import Profile
from sciatica_desktop.domain.symptoms import LoggedCheckIn
from sciatica_desktop.storage.symptom_repository import SymptomRepository

LOINC = "http://loinc.org"
PAIN_CODE = "72514-3"
PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported"
CATEGORY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
QUESTIONNAIRE_BASE = "urn:sciatica-desktop:questionnaire:"
NAMESPACE = uuid.UUID("5c1a71ca-0000-4000-8000-000000000000")
EXTENT_TEXT = ("not in the leg", "buttock", "thigh", "below the knee", "foot")

Resource = dict[str, Any]


def _uid(*parts: object) -> str:
    """A stable id for a record, so the same export twice gives the same resource ids."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).isoformat()


def _entry(resource: Resource) -> Resource:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def patient(profile: Profile) -> Resource:
    return {
        "resourceType": "Patient",
        "id": _uid("patient", profile.id, profile.created.isoformat()),
        "name": [{"text": profile.name}],
    }


def pain_observations(c: LoggedCheckIn, subject: Resource | None, key: str) -> list[Resource]:
    out = []
    for site, value in (("Lower back", c.entry.back_pain), ("Leg (sciatica)", c.entry.leg_pain)):
        obs: Resource = {
            "resourceType": "Observation",
            "id": _uid(key, "checkin", c.id, site),
            "status": "final",
            "category": [CATEGORY],
            "code": {
                "coding": [{"system": LOINC, "code": PAIN_CODE, "display": PAIN_DISPLAY}],
                "text": f"{site} pain, 0-10 numeric rating",
            },
            "bodySite": {"text": site},
            "effectiveDateTime": _time(c.entry.when),
            "valueInteger": value,
            "note": [{"text": f"Check-in context: {c.entry.context.value.replace('_', ' ')}."}],
        }
        if subject is not None:
            obs["subject"] = {"reference": f"urn:uuid:{subject['id']}"}
        out.append(obs)
    if not c.entry.asks_symptoms:  # a quick workout prompt did not ask how far the symptoms reach
        return out
    extent: Resource = {
        "resourceType": "Observation",
        "id": _uid(key, "checkin", c.id, "extent"),
        "status": "final",
        "category": [CATEGORY],
        "code": {"text": "How far down the leg sciatica symptoms reach (no LOINC code; app-defined)"},
        "effectiveDateTime": _time(c.entry.when),
        "valueCodeableConcept": {"text": EXTENT_TEXT[c.entry.leg_extent.rank]},
        "note": [{"text": "Ordered from the spine outwards: " + ", ".join(EXTENT_TEXT) + "."}],
    }
    if subject is not None:
        extent["subject"] = {"reference": f"urn:uuid:{subject['id']}"}
    return [*out, extent]


def questionnaire_response(
    r: LoggedResponse, q: Questionnaire | None, subject: Resource | None, key: str
) -> Resource:
    items = []
    for a in r.response.answers:
        text = None
        if q is not None:
            try:
                text = q.item(a.item_id).text
            except KeyError:
                text = None
        label = f"{text or a.item_id}{f' ({a.label})' if a.label else ''}"
        items.append({"linkId": a.item_id, "text": label, "answer": [{"valueInteger": a.value}]})
    items.append(
        {"linkId": "score", "text": "Score", "answer": [{"valueDecimal": round(r.response.score, 4)}]}
    )
    resource: Resource = {
        "resourceType": "QuestionnaireResponse",
        "id": _uid(key, "response", r.id),
        "questionnaire": QUESTIONNAIRE_BASE + r.response.questionnaire_id,
        "status": "completed",
        "authored": _time(r.response.when),
        "item": items,
    }
    if subject is not None:
        resource["subject"] = {"reference": f"urn:uuid:{subject['id']}"}
    return resource


def fhir_bundle(
    db: Database,
    profile: Profile,
    *,
    clock: Clock,
    questionnaires: list[Questionnaire],
    deidentified: bool = False,
) -> Resource:
    store = SymptomRepository(db, clock)
    subject = None if deidentified else patient(profile)
    key = _uid("profile", profile.id, profile.created.isoformat())
    resources: list[Resource] = [] if subject is None else [subject]
    for c in store.check_ins(profile.id):
        resources += pain_observations(c, subject, key)
    by_id = {q.id: q for q in questionnaires}
    for r in store.responses(profile.id):
        resources.append(questionnaire_response(r, by_id.get(r.response.questionnaire_id), subject, key))
    return {
        "resourceType": "Bundle",
        "id": _uid(key, "bundle", clock.utcnow().isoformat()),
        "type": "collection",
        "timestamp": _time(clock.utcnow()),
        "entry": [_entry(r) for r in resources],
    }
