package org.careloop.careplan;

import java.time.LocalDate;

/** How, when and to whom (the patient or a named caregiver) a copy of the plan was given. */
public record CopyDelivery(CopyMethod method, LocalDate givenOn, String to) {
}
