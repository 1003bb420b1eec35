package org.careloop.careteam;

import java.util.List;

import org.careloop.patient.PatientContact;

/**
 * Whom the care team may speak with about the patient's health, for the call page: the contacts the patient
 * authorised (with the day and how much), those not authorised (the care team may only say that it called), and the
 * people the registration record lists whose authorisation nobody has recorded in CareLoop yet — to be asked about,
 * not told anything.
 */
public record SpeakingPermissions(List<CareContact> mayDiscuss, List<CareContact> mayNotDiscuss,
                                  List<PatientContact> unconfirmed) {

    public SpeakingPermissions {
        mayDiscuss = List.copyOf(mayDiscuss);
        mayNotDiscuss = List.copyOf(mayNotDiscuss);
        unconfirmed = List.copyOf(unconfirmed);
    }

    public boolean nobody() {
        return mayDiscuss.isEmpty() && mayNotDiscuss.isEmpty() && unconfirmed.isEmpty();
    }
}
