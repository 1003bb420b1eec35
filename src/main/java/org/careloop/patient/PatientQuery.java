package org.careloop.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which patients a list shows. {@code text} is what the care manager typed in the one search box: part of a name,
 * an MRN, a birth date (YYYY-MM-DD or MM/DD/YYYY), phone digits or a whole MBI; a patient matching any reading of
 * it is found. {@code name}, {@code birthDate} and {@code mrn} narrow further (the API's older parameters).
 * {@code among}, when not null, keeps only those patients (what another module found: enrolled in a program,
 * eligible, awaiting consent). Null criteria are ignored.
 */
public record PatientQuery(String text, String name, LocalDate birthDate, String mrn, Collection<UUID> among,
                           boolean noCareManager, boolean deceased) {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"));

    public PatientQuery {
        among = among == null ? null : List.copyOf(among);
    }

    /** Everyone, for a list to narrow. */
    public static PatientQuery everyone() {
        return new PatientQuery(null, null, null, null, null, false, false);
    }

    public PatientQuery among(Collection<UUID> patients) {
        return new PatientQuery(text, name, birthDate, mrn, patients, noCareManager, deceased);
    }

    /** The typed text read as a birth date, if it is one. */
    Optional<LocalDate> textAsDate() {
        String typed = trimmed(text);
        for (DateTimeFormatter format : DATES) {
            try {
                return typed == null ? Optional.empty() : Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** The typed text read as phone digits (four or more, with the usual punctuation), if it is one. */
    Optional<String> textAsPhoneDigits() {
        String typed = trimmed(text);
        if (typed == null || !typed.matches("[0-9()+.\\s-]+")) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() >= 4 ? Optional.of(digits) : Optional.empty();
    }

    /** The typed text read as an MBI, in the stored form, if it is one. */
    Optional<String> textAsMedicareId() {
        return MedicareId.isValid(text) ? Optional.of(MedicareId.normalize(text)) : Optional.empty();
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
