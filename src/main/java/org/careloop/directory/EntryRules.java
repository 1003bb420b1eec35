package org.careloop.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.identity.Npi;

import static org.careloop.directory.HowToReach.atMost;
import static org.careloop.directory.HowToReach.trimmed;

/** What a hand-typed directory entry must hold; each problem names its field. */
final class EntryRules {

    private EntryRules() {
    }

    static void check(PractitionerEntry entry, boolean revision) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (trimmed(entry.familyName()) == null) {
            problems.put("familyName", "is required");
        }
        atMost(problems, "familyName", entry.familyName(), 100);
        atMost(problems, "givenNames", entry.givenNames(), 100);
        atMost(problems, "prefix", entry.prefix(), 40);
        atMost(problems, "specialty", entry.specialty(), 200);
        String npi = trimmed(entry.npi());
        if (npi != null && !npi.matches("[0-9]{10}")) {
            problems.put("npi", "must be the 10 digits of a National Provider Identifier");
        } else if (npi != null && !Npi.valid(npi)) {
            problems.put("npi", "is not a valid NPI: its check digit does not match (a digit may be mistyped)");
        }
        reach(problems, entry.phone(), entry.fax(), entry.email());
        version(problems, entry.version(), revision);
        refuseIfAny(problems);
    }

    static OrganizationKind check(OrganizationEntry entry, boolean revision) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (trimmed(entry.name()) == null) {
            problems.put("name", "is required");
        }
        atMost(problems, "name", entry.name(), 200);
        OrganizationKind kind = null;
        try {
            kind = OrganizationKind.valueOf(String.valueOf(trimmed(entry.kind())));
        } catch (IllegalArgumentException unknown) {
            problems.put("kind", "must be one of " + Arrays.stream(OrganizationKind.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        reach(problems, entry.phone(), entry.fax(), entry.email());
        atMost(problems, "addressLine", entry.addressLine(), 200);
        atMost(problems, "city", entry.city(), 100);
        atMost(problems, "state", entry.state(), 40);
        atMost(problems, "postalCode", entry.postalCode(), 20);
        version(problems, entry.version(), revision);
        refuseIfAny(problems);
        return kind;
    }

    private static void reach(Map<String, String> problems, String phone, String fax, String email) {
        HowToReach.phone(problems, "phone", phone);
        HowToReach.phone(problems, "fax", fax);
        HowToReach.email(problems, "email", email);
    }

    private static void version(Map<String, String> problems, Integer version, boolean revision) {
        if (revision && version == null) {
            problems.put("version", "is required: send the version you read, so a change made meanwhile is not lost");
        }
    }

    static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }
}
