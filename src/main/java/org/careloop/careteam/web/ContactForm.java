package org.careloop.careteam.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.careloop.careteam.CareContactEntry;

/**
 * The contact form as typed on the chart: two phone fields, "yes" or "no" for the authorisation, its day and scope
 * as text until checked. A scope chosen while sharing is not authorised is ignored: the form shows the choice only
 * for an authorisation.
 */
record ContactForm(String name, String relationship, List<String> kinds, String phone, String alternatePhone,
                   String email, String preferredLanguage, String sharing, String sharingAuthorisedOn,
                   String sharingScope, String notes, Integer version) {

    public boolean authorised() {
        return "yes".equals(sharing);
    }

    CareContactEntry toEntry() {
        LocalDate on = null;
        if (sharingAuthorisedOn != null && !sharingAuthorisedOn.isBlank()) {
            try {
                on = LocalDate.parse(sharingAuthorisedOn.trim());
            } catch (DateTimeParseException notADate) {
                throw new InvalidRequest("Invalid sharingAuthorisedOn",
                        Map.of("sharingAuthorisedOn", "must be a date such as 2026-03-02"));
            }
        }
        List<String> phones = new ArrayList<>();
        for (String number : new String[] {phone, alternatePhone}) {
            if (number != null && !number.isBlank()) {
                phones.add(number);
            }
        }
        return new CareContactEntry(name, relationship, kinds == null ? List.of() : kinds, phones, email,
                preferredLanguage, authorised(), authorised() ? on : null, authorised() ? sharingScope : null, notes,
                version);
    }
}
