#!/usr/bin/env python3
"""Makes the small Synthea bundles CareLoop ships: demo patients and test fixtures.

    python3 tools/trim_synthea.py demo     [SYNTHEA_DIR]   -> src/main/resources/demo/bundles/
    python3 tools/trim_synthea.py fixtures [SYNTHEA_DIR]   -> src/test/resources/fhir/

demo: the smallest 80 patients of the "eligible" group (adults with two or more chronic conditions), trimmed to what
a care manager looks at: no claims, notes, reports, imaging, devices, supplies or provenance; observations,
encounters, procedures and immunizations of the last three years; conditions, medications, care plans and care
teams still active or recent. Anything a kept resource refers to is kept too (an old encounter that diagnosed a
chronic condition), and references to resources of dropped types are removed, so every reference resolves.
A directory bundle holds just the organizations, locations and practitioners the patients refer to.

fixtures: a few small untrimmed patient bundles for the import tests, plus their directory bundle.
Deterministic: the same input gives the same output (gzip without timestamps).
"""
import csv
import gzip
import json
import os
import sys

REFERENCE_DATE = "2026-11-23"
CUTOFF = "2023-11-23"
DROPPED = {"Claim", "ExplanationOfBenefit", "DocumentReference", "DiagnosticReport", "ImagingStudy",
           "SupplyDelivery", "Provenance", "Device", "MedicationAdministration"}
DATED = {"Observation": ["effectiveDateTime", "effectivePeriod.start", "issued"],
         "Encounter": ["period.start"],
         "Procedure": ["performedDateTime", "performedPeriod.start"],
         "Immunization": ["occurrenceDateTime"],
         "Condition": ["onsetDateTime", "recordedDate"],
         "MedicationRequest": ["authoredOn"],
         "CarePlan": ["period.start"],
         "CareTeam": ["period.start"]}
DIRECTORY_TYPES = ("Organization", "Location", "Practitioner", "PractitionerRole")
FIXTURES = ["941d9571-ea20-f51c-120c-352f86e924d8", "b544c19e-8476-1e14-c568-5faa9c3940d0",
            "6e145fa4-48b7-bf76-3c3c-b784d46adf95"]


def load(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def save(bundle, path):
    data = json.dumps(bundle, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(data)


def get(resource, dotted):
    value = resource
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def recent(resource):
    for path in DATED.get(resource["resourceType"], []):
        value = get(resource, path)
        if value:
            return value[:10] >= CUTOFF
    return True


def still_active(resource):
    kind = resource["resourceType"]
    if kind == "Condition":
        status = get(resource, "clinicalStatus") or {}
        return any(c.get("code") == "active" for c in status.get("coding", [])) and "abatementDateTime" not in resource
    if kind in ("MedicationRequest", "CarePlan", "CareTeam"):
        return resource.get("status") == "active"
    return kind in ("Patient", "AllergyIntolerance", "Medication")


def references(node, found):
    if isinstance(node, dict):
        ref = node.get("reference")
        if isinstance(ref, str):
            found.add(ref)
        for value in node.values():
            references(value, found)
    elif isinstance(node, list):
        for value in node:
            references(value, found)
    return found


def strip(node, dropped):
    """Removes references to dropped entries; returns None when the node itself is such a reference."""
    if isinstance(node, dict):
        if node.get("reference") in dropped:
            return None
        result = {}
        for key, value in node.items():
            kept = strip(value, dropped)
            if kept is not None and kept != []:
                result[key] = kept
        return result
    if isinstance(node, list):
        return [kept for kept in (strip(value, dropped) for value in node) if kept is not None]
    return node


def trim(bundle):
    entries = bundle["entry"]
    by_url = {e["fullUrl"]: e for e in entries}
    keep = {e["fullUrl"] for e in entries
            if e["resource"]["resourceType"] not in DROPPED and (still_active(e["resource"]) or recent(e["resource"]))}
    # a kept record keeps what it refers to, unless that is of a dropped type
    pending = list(keep)
    while pending:
        url = pending.pop()
        for ref in references(by_url[url]["resource"], set()):
            target = by_url.get(ref)
            if target and ref not in keep and target["resource"]["resourceType"] not in DROPPED:
                keep.add(ref)
                pending.append(ref)
    dropped = set(by_url) - keep
    bundle["entry"] = [strip(e, dropped) for e in entries if e["fullUrl"] in keep]
    return bundle


def conditional_references(bundle):
    return {r for r in references(bundle, set()) if "?identifier=" in r}


def directory_index(folder):
    index = {}
    everything = []
    for name in sorted(os.listdir(folder)):
        if name.startswith(("hospitalInformation", "practitionerInformation")):
            for entry in load(os.path.join(folder, name))["entry"]:
                everything.append(entry)
                resource = entry["resource"]
                for identifier in resource.get("identifier", []):
                    key = "%s?identifier=%s|%s" % (resource["resourceType"], identifier["system"], identifier["value"])
                    index.setdefault(key, entry)
    return index, everything


def directory_bundle(directory, wanted):
    """The directory entries the patients refer to, with the organizations and locations those entries name."""
    index, everything = directory
    chosen = {}
    pending = sorted(wanted)
    while pending:
        key = pending.pop()
        entry = index.get(key)
        if entry is None or key in chosen:
            continue
        chosen[key] = entry
        pending.extend(r for r in sorted(conditional_references(entry["resource"])) if r not in chosen)
        for field in ("practitioner", "organization"):
            ident = (entry["resource"].get(field) or {}).get("identifier")
            if ident:
                pending.append("%s?identifier=%s|%s" % (field.capitalize(), ident["system"], ident["value"]))
    # practitioner roles of the chosen practitioners, so the directory says what each clinician does where
    npis = {key for key in chosen if key.startswith("Practitioner?")}
    for entry in everything:
        resource = entry["resource"]
        ident = (resource.get("practitioner") or {}).get("identifier")
        if resource["resourceType"] == "PractitionerRole" and ident \
                and "Practitioner?identifier=%s|%s" % (ident["system"], ident["value"]) in npis:
            chosen["PractitionerRole/" + resource["id"]] = entry
    unique = {e["fullUrl"]: e for e in chosen.values()}
    order = {t: i for i, t in enumerate(DIRECTORY_TYPES)}
    entries = sorted(unique.values(), key=lambda e: (order[e["resource"]["resourceType"]], e["fullUrl"]))
    return {"resourceType": "Bundle", "type": "batch", "entry": entries}


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "demo"
    folder = sys.argv[2] if len(sys.argv) > 2 else os.path.join("..", "shared", "fixtures", "synthea")
    with open(os.path.join(folder, "manifest.csv"), newline="") as f:
        manifest = list(csv.DictReader(f))
    directory = directory_index(folder)
    if mode == "demo":
        out = os.path.join("src", "main", "resources", "demo", "bundles")
        eligible = sorted((row for row in manifest if row["group"] == "eligible"), key=lambda r: int(r["json_bytes"]))
        chosen = sorted(eligible[:80], key=lambda r: r["file"])
        transform = trim
    else:
        out = os.path.join("src", "test", "resources", "fhir")
        chosen = [row for row in manifest if row["file"].split(".")[0] in FIXTURES]
        transform = lambda b: b
    os.makedirs(out, exist_ok=True)
    wanted = set()
    for position, row in enumerate(chosen, 1):
        bundle = transform(load(os.path.join(folder, row["file"])))
        wanted |= conditional_references(bundle)
        name = ("%02d-%s" % (position, row["file"])) if mode == "demo" else row["file"]
        save(bundle, os.path.join(out, name))
    save(directory_bundle(directory, wanted), os.path.join(out, "00-directory.json.gz" if mode == "demo" else "directory.json.gz"))
    total = sum(os.path.getsize(os.path.join(out, n)) for n in os.listdir(out))
    print("%d patient bundles and a directory bundle in %s, %.1f MB" % (len(chosen), out, total / 1e6))


if __name__ == "__main__":
    main()
