package org.careloop.adt.internal;

import java.util.List;

/**
 * What an HL7 v2 message said, field by field, as text (HAPI's escapes resolved), before CareLoop judges it: the
 * header, the patient (PID) and the visit (PV1, EVN), and the diagnoses (every DG1). A segment that was not sent is
 * {@code null}; a field that was not sent is {@code null}.
 */
record ReceivedAdt(Header header, Patient patient, Visit visit, List<SentDiagnosis> diagnoses) {

    /**
     * MSH and EVN: who sent it (MSH-3, MSH-4), its control id (MSH-10), type and trigger (MSH-9), processing id
     * (MSH-11) and when the event happened (EVN-6), for a sender that leaves PV1-44 empty.
     */
    record Header(String sendingApplication, String sendingFacility, String controlId, String messageCode,
                  String triggerEvent, String processingId, String eventOccurred) {

        String messageType() {
            return (messageCode == null ? "?" : messageCode) + (triggerEvent == null ? "" : "^" + triggerEvent);
        }
    }

    /** PID: every identifier of PID-3 in order, the first name of PID-5, the birth date of PID-7. */
    record Patient(List<SentIdentifier> identifiers, String familyName, String givenName, String birthDate) {
    }

    /** One PID-3 repetition: the identifier, its assigning authority (CX-4) and its type (CX-5, MR for an MRN). */
    record SentIdentifier(String value, String assigningAuthority, String typeCode) {
    }

    /**
     * PV1: patient class (PV1-2), the facility of the assigned location (PV1-3.4), the visit number (PV1-19), the
     * discharge disposition (PV1-36), admit and discharge times (PV1-44, PV1-45).
     */
    record Visit(String patientClass, String locationFacility, String visitNumber, String dischargeDisposition,
                 String admitted, String discharged) {
    }

    /** One DG1: the coded diagnosis of DG1-3 (code, words, coding system). */
    record SentDiagnosis(String code, String text, String codingSystem) {
    }
}
