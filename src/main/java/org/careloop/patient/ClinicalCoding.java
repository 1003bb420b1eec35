package org.careloop.patient;

/**
 * One code of a clinical entry in a code system (a URI such as {@code http://loinc.org}; null when the source did
 * not say), with the source's words for it. An EHR often codes one result several ways (its own lab code, then
 * LOINC); CareLoop keeps them all, so a rule that looks for any of them finds the entry.
 */
public record ClinicalCoding(String system, String code, String display) {
}
