package org.careloop.fhir.endpoint;

/** Marks a bean whose HAPI-annotated methods serve system-level FHIR operations (not tied to one resource type). */
public interface FhirPlainProvider {
}
