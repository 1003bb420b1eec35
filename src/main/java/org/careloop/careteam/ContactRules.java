package org.careloop.careteam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.careloop.directory.HowToReach;

import static org.careloop.directory.HowToReach.trimmed;

/**
 * What a contact must hold, as a pure rule: a name and a relationship, at least one kind, dialable phones, and an
 * authorisation that says what it means — authorised sharing names the day the patient agreed (not a future day)
 * and how much (all, the care plan, appointments); no authorisation shares nothing. A patient has one healthcare
 * proxy at a time: a second is refused naming {@code kinds} and the proxy on record, whose authority ends only when
 * the care team records so.
 */
final class ContactRules {

    static final int MAX_PHONES = 3;

    /** The entry as it will be stored. */
    record Checked(String name, String relationship, Set<ContactKind> kinds, List<String> phones, String email,
                   String preferredLanguage, boolean authorised, LocalDate authorisedOn, SharingScope scope,
                   String notes) {
    }

    private ContactRules() {
    }

    /**
     * Checks the entry on {@code today}; {@code otherProxy} is the patient's healthcare proxy other than the contact
     * revised (null when there is none). A revision needs the version read.
     */
    static Checked check(CareContactEntry entry, boolean revision, LocalDate today, CareContact otherProxy) {
        Map<String, String> problems = new LinkedHashMap<>();
        required(problems, "name", entry.name(), 200);
        required(problems, "relationship", entry.relationship(), 100);
        Set<ContactKind> kinds = kinds(entry.kinds(), problems);
        if (kinds.contains(ContactKind.HEALTHCARE_PROXY) && otherProxy != null) {
            problems.put("kinds", "the patient already has a healthcare proxy (" + otherProxy.name()
                    + "): take HEALTHCARE_PROXY off that contact first");
        }
        List<String> phones = new ArrayList<>();
        List<String> typed = entry.phones() == null ? List.of() : entry.phones();
        if (typed.size() > MAX_PHONES) {
            problems.put("phones", "must be at most " + MAX_PHONES + " numbers");
        }
        for (int i = 0; i < typed.size(); i++) {
            HowToReach.phone(problems, "phones[" + i + "]", typed.get(i));
            if (trimmed(typed.get(i)) != null) {
                phones.add(typed.get(i).trim());
            }
        }
        HowToReach.email(problems, "email", entry.email());
        HowToReach.atMost(problems, "preferredLanguage", entry.preferredLanguage(), 100);
        HowToReach.atMost(problems, "notes", entry.notes(), 2000);
        boolean authorised = Boolean.TRUE.equals(entry.sharingAuthorised());
        SharingScope scope = scope(entry.sharingScope(), authorised, problems);
        if (authorised && entry.sharingAuthorisedOn() == null) {
            problems.put("sharingAuthorisedOn", "is required when sharing is authorised: the day the patient agreed");
        } else if (entry.sharingAuthorisedOn() != null && entry.sharingAuthorisedOn().isAfter(today)) {
            problems.put("sharingAuthorisedOn", "must not be in the future");
        }
        if (revision && entry.version() == null) {
            problems.put("version", "is required: send the version you read, so a change made meanwhile is not lost");
        }
        MemberRules.refuseIfAny(problems);
        return new Checked(trimmed(entry.name()), trimmed(entry.relationship()), kinds, phones, trimmed(entry.email()),
                trimmed(entry.preferredLanguage()), authorised, entry.sharingAuthorisedOn(), scope,
                trimmed(entry.notes()));
    }

    private static void required(Map<String, String> problems, String field, String text, int max) {
        if (trimmed(text) == null) {
            problems.put(field, "is required");
        }
        HowToReach.atMost(problems, field, text, max);
    }

    private static Set<ContactKind> kinds(List<String> typed, Map<String, String> problems) {
        Set<ContactKind> kinds = EnumSet.noneOf(ContactKind.class);
        try {
            for (String kind : typed == null ? List.<String>of() : typed) {
                kinds.add(ContactKind.valueOf(String.valueOf(trimmed(kind))));
            }
        } catch (IllegalArgumentException unknown) {
            kinds.clear();
        }
        if (kinds.isEmpty()) {
            problems.put("kinds", "must name at least one of " + Arrays.stream(ContactKind.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", and nothing else");
        }
        return kinds;
    }

    private static SharingScope scope(String typed, boolean authorised, Map<String, String> problems) {
        SharingScope scope;
        try {
            scope = trimmed(typed) == null ? null : SharingScope.valueOf(typed.trim());
        } catch (IllegalArgumentException unknown) {
            problems.put("sharingScope", "must be one of ALL, CARE_PLAN_ONLY, APPOINTMENTS_ONLY, NONE");
            return SharingScope.NONE;
        }
        if (authorised && (scope == null || scope == SharingScope.NONE)) {
            problems.put("sharingScope", "must be ALL, CARE_PLAN_ONLY or APPOINTMENTS_ONLY when sharing is authorised");
        } else if (!authorised && scope != null && scope != SharingScope.NONE) {
            problems.put("sharingScope", "must be NONE (or left out) when sharing is not authorised");
        }
        return authorised && scope != null ? scope : SharingScope.NONE;
    }
}
