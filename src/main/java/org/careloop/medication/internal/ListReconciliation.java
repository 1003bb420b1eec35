package org.careloop.medication.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.StaleVersion;
import org.careloop.medication.AdherenceBarrier;
import org.careloop.medication.CurrentMedication;
import org.careloop.medication.CurrentMedications;
import org.careloop.medication.MedicationList.ListedMedication;
import org.careloop.medication.MedicationOrigin;
import org.careloop.medication.PatientAnswer;
import org.careloop.medication.Reconciliation;
import org.careloop.medication.Reconciliation.Answer;
import org.careloop.medication.Reconciliation.ReportedMedication;
import org.careloop.timetracking.TimeSpan;

/**
 * What a reconciliation makes of the current list: the medications of the next signed list. It must be based on the
 * list as it is now (else it is stale: someone signed another list meanwhile), answer every medication of it once,
 * give a reason for any answer but "taking as prescribed", and name the medications the patient reports; anything
 * else is refused naming the field ({@code answers[2].reason}) and nothing is signed.
 */
public final class ListReconciliation {

    static final int NAME_LENGTH = 200;
    static final int TEXT_LENGTH = 500;
    static final int NOTE_LENGTH = 2000;

    private ListReconciliation() {
    }

    /** The medications of the next list: the current ones with their answers, then the newly reported ones. */
    public static List<ListedMedication> reviewed(CurrentMedications current, Reconciliation request,
                                                  DrugClassTable table) {
        if (request.version() == null) {
            throw new InvalidRequest("Invalid version", Map.of("version", "is required: the version of the current "
                    + "list the reconciliation is based on (0 before the first reconciliation)"));
        }
        if (request.version() != current.version()) {
            throw new StaleVersion("The medication list changed since it was read: it is at version " + current.version()
                    + (current.reconciled() ? ", reconciled on " + current.reconciledOn() + " by " + current.reconciledBy()
                    : "") + ", not " + request.version() + ". Reconcile the current list.", current.version());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Map<UUID, CurrentMedication> onList = new LinkedHashMap<>();
        current.medications().forEach(m -> onList.put(m.id(), m));
        Map<UUID, ListedMedication> answered = new HashMap<>();
        Map<UUID, Integer> answeredAt = new HashMap<>();
        for (int i = 0; i < request.answers().size(); i++) {
            Answer answer = request.answers().get(i);
            String field = "answers[" + i + "]";
            if (answer == null) {
                problems.put(field, "is required");
                continue;
            }
            CurrentMedication medication = answer.medicationId() == null ? null : onList.get(answer.medicationId());
            boolean again = medication != null && answeredAt.containsKey(medication.id());
            if (answer.medicationId() == null) {
                problems.put(field + ".medicationId", "is required: the id of a medication of the current list");
            } else if (medication == null) {
                problems.put(field + ".medicationId", "is not a medication of the patient's current list");
            } else if (again) {
                problems.put(field + ".medicationId", "answers " + medication.name() + " again (answers["
                        + answeredAt.get(medication.id()) + "] did)");
            }
            PatientAnswer said = answer(answer.answer(), field + ".answer", problems);
            String reason = trimmed(answer.reason());
            if (said != null && said.needsReason() && reason == null) {
                problems.put(field + ".reason", "is required when the patient's answer is \"" + said.words() + "\"");
            } else if (reason != null && reason.length() > TEXT_LENGTH) {
                problems.put(field + ".reason", "must be at most " + TEXT_LENGTH + " characters");
            }
            List<AdherenceBarrier> barriers = barriers(answer.barriers(), field + ".barriers", problems);
            if (medication != null && !again) {
                answeredAt.put(medication.id(), i);
                answered.put(medication.id(), new ListedMedication(UUID.randomUUID(), medication.origin(),
                        medication.importedMedicationId(), medication.rxnormCode(), medication.name(), medication.dose(),
                        said, reason, barriers, null));
            }
        }
        List<String> unanswered = onList.values().stream().filter(m -> !answeredAt.containsKey(m.id()))
                .map(CurrentMedication::name).toList();
        if (!unanswered.isEmpty()) {
            problems.put("answers", "no answer for " + String.join(", ", unanswered)
                    + ": every medication of the current list needs what the patient says about it");
        }
        List<ListedMedication> reported = reported(request.newMedications(), table, problems);
        if (request.minutes() != null && (request.minutes() < 1 || request.minutes() > TimeSpan.MAX_MINUTES)) {
            problems.put("minutes", "must be between 1 and " + TimeSpan.MAX_MINUTES + " (leave it out to log no time)");
        }
        if (request.note() != null && request.note().length() > NOTE_LENGTH) {
            problems.put("note", "must be at most " + NOTE_LENGTH + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        List<ListedMedication> next = new ArrayList<>();
        onList.keySet().forEach(id -> next.add(answered.get(id)));
        next.addAll(reported);
        return next;
    }

    private static List<ListedMedication> reported(List<ReportedMedication> medications, DrugClassTable table,
                                                   Map<String, String> problems) {
        List<ListedMedication> reported = new ArrayList<>();
        for (int i = 0; i < medications.size(); i++) {
            ReportedMedication medication = medications.get(i);
            String field = "newMedications[" + i + "]";
            if (medication == null) {
                problems.put(field, "is required");
                continue;
            }
            String name = trimmed(medication.name());
            if (name == null) {
                problems.put(field + ".name", "is required: the medication as the patient or the bottle names it");
            } else if (name.length() > NAME_LENGTH) {
                problems.put(field + ".name", "must be at most " + NAME_LENGTH + " characters");
            }
            String code = trimmed(medication.rxnormCode());
            if (code != null && !code.matches("\\d{1,10}")) {
                problems.put(field + ".rxnormCode", "must be an RxNorm code (up to 10 digits), or left out");
            }
            String dose = trimmed(medication.dose());
            if (dose != null && dose.length() > NAME_LENGTH) {
                problems.put(field + ".dose", "must be at most " + NAME_LENGTH + " characters");
            }
            String note = trimmed(medication.note());
            if (note != null && note.length() > TEXT_LENGTH) {
                problems.put(field + ".note", "must be at most " + TEXT_LENGTH + " characters");
            }
            if (name != null) {
                // a plain ingredient name the class table knows is coded at the ingredient level, so the checks see it
                String coded = code != null ? code
                        : table.ingredientNamed(name).map(DrugClassTable.Ingredient::rxcui).orElse(null);
                reported.add(new ListedMedication(UUID.randomUUID(), MedicationOrigin.PATIENT, null, coded, name, dose,
                        null, null, List.of(), note));
            }
        }
        return reported;
    }

    private static PatientAnswer answer(String given, String field, Map<String, String> problems) {
        String answer = trimmed(given);
        if (answer == null) {
            problems.put(field, "is required: one of " + choices(PatientAnswer.values()));
            return null;
        }
        try {
            return PatientAnswer.valueOf(answer);
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "must be one of " + choices(PatientAnswer.values()));
            return null;
        }
    }

    private static List<AdherenceBarrier> barriers(List<String> given, String field, Map<String, String> problems) {
        Set<AdherenceBarrier> barriers = new LinkedHashSet<>();
        for (int k = 0; k < given.size(); k++) {
            try {
                barriers.add(AdherenceBarrier.valueOf(given.get(k) == null ? "" : given.get(k).trim()));
            } catch (IllegalArgumentException unknown) {
                problems.put(field + "[" + k + "]", "must be one of " + choices(AdherenceBarrier.values()));
            }
        }
        return List.copyOf(barriers);
    }

    private static String choices(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
