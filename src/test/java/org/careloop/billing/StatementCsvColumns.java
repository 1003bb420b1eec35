package org.careloop.billing;

/** The statement CSV's columns as the README documents them: a change here is a change practices must hear of. */
final class StatementCsvColumns {

    static final String GOLDEN = "patient,mrn,dob,medicare_id,rendering_npi,billing_npi,tin,place_of_service,code,units,"
            + "charge,date_of_service,diagnosis_1,diagnosis_2,diagnosis_3,diagnosis_4,minutes,explanation\r\n";

    private StatementCsvColumns() {
    }
}
