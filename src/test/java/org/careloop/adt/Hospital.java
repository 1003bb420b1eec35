package org.careloop.adt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.CareTeam;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital registered (through the API, by the practice's administrator) as a feed of a test practice, with its own
 * MSH-3/MSH-4 so that tests never share a sender, and the ADT messages it sends, shaped as hospitals shape them.
 */
final class Hospital {

    static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.3.4455";

    final String application;
    final String facility;
    final UUID sourceId;
    private int sent;

    private Hospital(String application, String facility, UUID sourceId) {
        this.application = application;
        this.facility = facility;
        this.sourceId = sourceId;
    }

    /** Registers the hospital to the team's practice; its MRNs are known there under {@link #MRN_SYSTEM}. */
    static Hospital registeredTo(CareTeam team) {
        String facility = "MERCY" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Response registered = team.admin().postJson("/api/adt/sources", Map.of("name", "Mercy General Hospital",
                "sendingApplication", "EPIC", "sendingFacility", facility, "assigningAuthority", "MERCY",
                "identifierSystem", MRN_SYSTEM));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new Hospital("EPIC", facility, UUID.fromString(registered.json().get("id").asString()));
    }

    /** A patient of the team known to the hospital by {@code mrn}. */
    static UUID patientKnownAs(CareTeam team, String family, String given, String birthDate, String mrn) {
        return team.patient(Map.of("familyName", family, "givenNames", given, "birthDate", birthDate,
                "identifiers", java.util.List.of(Map.of("system", MRN_SYSTEM, "value", mrn, "type", "MR"))));
    }

    String nextControlId() {
        return facility + "-" + (++sent);
    }

    /** An ADT message of this hospital: MSH, EVN, the PID given, a PV1 of these fields, then any further segments. */
    String message(String event, String controlId, String pid, Map<Integer, String> pv1, String... more) {
        StringBuilder text = new StringBuilder("MSH|^~\\&|" + application + "|" + facility
                + "|CARELOOP|PRACTICE|202611301405||ADT^" + event + "|" + controlId + "|P|2.5.1\n"
                + "EVN|" + event + "|202611301405\n" + pid + "\n" + segment("PV1", pv1) + "\n");
        for (String segment : more) {
            text.append(segment).append('\n');
        }
        return text.toString().replace("\n", "\r");
    }

    static String pid(String mrn, String family, String given, String birthDate) {
        return "PID|1||" + (mrn == null ? "" : "E" + mrn + "^^^EPIC^PI~" + mrn + "^^^MERCY^MR") + "||" + family + "^"
                + given + "||" + birthDate.replace("-", "") + "|F";
    }

    /** PV1 of a stay here: class, location, visit number, admit time, and the other fields given. */
    Map<Integer, String> stay(String patientClass, Object... more) {
        Map<Integer, String> fields = new LinkedHashMap<>(Map.of(1, "1", 2, patientClass, 3, "4W^412^B^" + facility,
                19, "V-2026-88", 44, "202611261420"));
        for (int i = 0; i < more.length; i += 2) {
            fields.put((Integer) more[i], (String) more[i + 1]);
        }
        return fields;
    }

    static String segment(String name, Map<Integer, String> fields) {
        StringBuilder text = new StringBuilder(name);
        int last = fields.keySet().stream().max(Integer::compare).orElse(0);
        for (int field = 1; field <= last; field++) {
            text.append('|').append(fields.getOrDefault(field, ""));
        }
        return text.toString();
    }
}
