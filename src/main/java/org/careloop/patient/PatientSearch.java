package org.careloop.patient;

import java.time.LocalDate;

/**
 * What a care manager looks a patient up by; null criteria are ignored. {@code name} matches part of the family
 * or given names, ignoring case.
 */
public record PatientSearch(String name, LocalDate birthDate, String mrn) {
}
