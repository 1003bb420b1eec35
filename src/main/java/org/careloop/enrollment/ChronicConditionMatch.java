package org.careloop.enrollment;

/** An active problem of the patient that the catalogue counts as chronic, and under which category. */
public record ChronicConditionMatch(String code, String system, String display, String category) {
}
