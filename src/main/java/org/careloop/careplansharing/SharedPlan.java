package org.careloop.careplansharing;

/** A share as it happened: the record, and for a FHIR share the Bundle (FHIR JSON) as it was handed over. */
public record SharedPlan(CarePlanShare share, String bundle) {
}
