package org.careloop.careteam;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact as typed. {@code kinds} names CAREGIVER, EMERGENCY_CONTACT and/or HEALTHCARE_PROXY; up to three
 * {@code phones}. {@code sharingAuthorised} true needs the day the patient agreed ({@code sharingAuthorisedOn}) and
 * a {@code sharingScope} of ALL, CARE_PLAN_ONLY or APPOINTMENTS_ONLY; false means NONE. {@code version} is required
 * on a revision.
 */
public record CareContactEntry(String name, String relationship, List<String> kinds, List<String> phones,
                               String email, String preferredLanguage, Boolean sharingAuthorised,
                               LocalDate sharingAuthorisedOn, String sharingScope, String notes, Integer version) {
}
