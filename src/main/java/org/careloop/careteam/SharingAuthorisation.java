package org.careloop.careteam;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the patient authorised the care team to share with a contact (HIPAA 45 CFR 164.510(b): a patient may agree
 * or object to sharing with family and friends involved in their care): whether, from which day, how much, and who
 * on the team recorded it when.
 */
public record SharingAuthorisation(boolean authorised, LocalDate authorisedOn, SharingScope scope, UUID recordedBy,
                                   String recordedByName, OffsetDateTime recordedAt) {

    /** Whether anything about the patient's health may be discussed with the contact. */
    public boolean mayDiscussHealth() {
        return authorised && scope != SharingScope.NONE;
    }
}
