package org.careloop.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How long each free-text field of a registry entry may be, and how far back a birth date may lie. The columns are
 * unbounded {@code text}, but a name or an MRN of a megabyte is damage, not data (and too large for the name and MRN
 * indexes): migration V85 holds the same limits as check constraints, so the database refuses what slips past.
 * The FHIR import refuses an oversized Patient element against the same limits.
 */
public final class RegistryFieldLimits {

    /** The oldest person ever recorded was born in 1875; a registry of the living starts well after. */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    public static final int NAME = 100;
    public static final int MRN = 64;
    public static final int PHONE = 40;
    public static final int EMAIL = 254;
    public static final int SHORT_TEXT = 200;
    public static final int LANGUAGE = 35;
    public static final int POSTAL_CODE = 20;
    public static final int IDENTIFIER = 255;

    private RegistryFieldLimits() {
    }

    /** Adds a message for each field over its limit (a field already refused keeps its first message). */
    static void check(PatientDetails details, Map<String, String> problems) {
        limit(problems, "familyName", details.familyName(), NAME);
        limit(problems, "givenNames", details.givenNames(), NAME);
        limit(problems, "mrn", details.mrn() == null ? null : details.mrn().trim(), MRN);
        if (details.mrn() != null && details.mrn().chars().anyMatch(Character::isISOControl)) {
            problems.putIfAbsent("mrn", "must not contain control characters");
        }
        limit(problems, "phone", details.phone(), PHONE);
        limit(problems, "email", details.email(), EMAIL);
        limit(problems, "bestTimeToCall", details.bestTimeToCall(), SHORT_TEXT);
        limit(problems, "preferredLanguage", details.preferredLanguage(), LANGUAGE);
        PatientAddress address = details.address();
        if (address != null) {
            limit(problems, "address.line", address.line(), SHORT_TEXT);
            limit(problems, "address.city", address.city(), NAME);
            limit(problems, "address.state", address.state(), NAME);
            limit(problems, "address.postalCode", address.postalCode(), POSTAL_CODE);
            limit(problems, "address.country", address.country(), NAME);
        }
        each(problems, "identifiers", details.identifiers(), Map.of(
                "system", PatientIdentifier::system, "value", PatientIdentifier::value, "type", PatientIdentifier::type),
                IDENTIFIER);
        each(problems, "contacts", details.contacts(), Map.of(
                "name", PatientContact::name, "relation", PatientContact::relation), SHORT_TEXT);
        each(problems, "contacts", details.contacts(), Map.of("phone", PatientContact::phone), PHONE);
        if (details.birthDate() != null && details.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
            problems.putIfAbsent("birthDate", "must not be before " + EARLIEST_BIRTH_DATE);
        }
    }

    private static <T> void each(Map<String, String> problems, String list, List<T> items,
                                 Map<String, Function<T, String>> fields, int max) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item != null) {
                for (Map.Entry<String, Function<T, String>> field : fields.entrySet()) {
                    limit(problems, list + "[" + i + "]." + field.getKey(), field.getValue().apply(item), max);
                }
            }
        }
    }

    private static void limit(Map<String, String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.putIfAbsent(field, "must be at most " + max + " characters");
        }
    }
}
