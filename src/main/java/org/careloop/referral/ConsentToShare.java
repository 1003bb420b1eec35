package org.careloop.referral;

import java.time.LocalDate;

/**
 * The patient's consent to share their information for the referral (HIPAA allows sharing for treatment, but a
 * community organization is not a covered entity, so CareLoop asks for the patient's word): {@code what} is shared
 * ("name, date of birth, phone and the food need"), {@code withWhom} ("Merrimack Valley Food Bank intake staff"),
 * and the day it was given.
 */
public record ConsentToShare(String what, String withWhom, LocalDate givenOn) {

    /** The consent in one sentence, as the referral letter states it. */
    public String statement() {
        return "On " + givenOn + " the patient agreed to share " + what + " with " + withWhom + " for this referral.";
    }
}
