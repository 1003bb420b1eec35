package org.careloop.medication.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.medication.CurrentMedication;
import org.careloop.medication.CurrentMedications;
import org.careloop.medication.Reconciliation;
import org.careloop.program.CareProgram;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The reconciliation form as posted: one row of fields per medication ({@code answers[0].answer}, named as the API
 * names them, so a refusal lands beside its field) and the rows of medications the patient reports
 * ({@code newMedications[3].name}; rows left blank are no medication). It becomes a {@link Reconciliation}, and a
 * refused one is shown again as it was typed.
 */
public record ReconcileForm(MultiValueMap<String, String> values) {

    private static final Pattern ANSWER = Pattern.compile("answers\\[(\\d{1,4})]\\.medicationId");
    private static final Pattern NEW = Pattern.compile("newMedications\\[(\\d{1,4})]\\.(name|rxnormCode|dose|note)");
    private static final Pattern INDEXED = Pattern.compile("^(answers|newMedications)\\[(\\d+)](.*)$");
    static final List<String> NEW_PARTS = List.of("name", "rxnormCode", "dose", "note");

    /** A medication's row as the form shows it. */
    public record AnswerRow(int index, CurrentMedication medication, String answer, String reason, Set<String> barriers) {
    }

    /** A reported medication's row as the form shows it. */
    public record NewRow(int index, String name, String rxnormCode, String dose, String note) {
    }

    static ReconcileForm blank() {
        return new ReconcileForm(new LinkedMultiValueMap<>());
    }

    /** The reconciliation the form asks for; a field that cannot be read is left out for the service to name. */
    Reconciliation reconciliation() {
        List<Reconciliation.Answer> answers = new ArrayList<>();
        for (int index : answerIndexes()) {
            String p = "answers[" + index + "].";
            answers.add(new Reconciliation.Answer(uuid(first(p + "medicationId")), first(p + "answer"),
                    first(p + "reason"), values.getOrDefault(p + "barriers", List.of())));
        }
        List<Reconciliation.ReportedMedication> reported = new ArrayList<>();
        for (NewRow row : newRows()) {
            reported.add(new Reconciliation.ReportedMedication(row.name(), row.rxnormCode(), row.dose(), row.note()));
        }
        return new Reconciliation(integer(first("version")), answers, reported, integer(first("minutes")),
                programOrNull(), first("note"));
    }

    /** The fields the form cannot even read (the service never sees them): minutes that are no number, a program unknown. */
    Map<String, String> unreadable() {
        Map<String, String> problems = new LinkedHashMap<>();
        String minutes = first("minutes");
        if (minutes != null && !minutes.isBlank() && integer(minutes) == null) {
            problems.put("minutes", "must be a whole number of minutes");
        }
        if (programOrNull() == null || !programOrNull().isLoggedInMinutes()) {
            problems.put("program", "must be one of " + CareProgram.loggedInMinutes());
        }
        return problems;
    }

    /** The form's field for a field the service named: the n-th answer or reported medication is the n-th row posted. */
    String formField(String field) {
        Matcher indexed = INDEXED.matcher(field);
        if (!indexed.matches()) {
            return field;
        }
        List<Integer> rows = indexed.group(1).equals("answers") ? answerIndexes()
                : newRows().stream().map(NewRow::index).toList();
        int position = Integer.parseInt(indexed.group(2));
        return position < rows.size() ? indexed.group(1) + "[" + rows.get(position) + "]" + indexed.group(3) : field;
    }

    /** The rows of the current list, with what was typed for each when the form comes back refused. */
    List<AnswerRow> answerRows(CurrentMedications current) {
        List<AnswerRow> rows = new ArrayList<>();
        for (int i = 0; i < current.medications().size(); i++) {
            CurrentMedication medication = current.medications().get(i);
            String p = "answers[" + i + "].";
            boolean same = medication.id().toString().equals(first(p + "medicationId"));
            rows.add(new AnswerRow(i, medication, same ? first(p + "answer") : null, same ? first(p + "reason") : null,
                    same ? new TreeSet<>(values.getOrDefault(p + "barriers", List.of())) : Set.of()));
        }
        return rows;
    }

    /** The reported medications typed, and one blank row to type another. */
    List<NewRow> newRowsWithBlank() {
        List<NewRow> rows = new ArrayList<>(newRows());
        int next = rows.stream().mapToInt(NewRow::index).max().orElse(-1) + 1;
        rows.add(new NewRow(next, null, null, null, null));
        return rows;
    }

    public String minutes() {
        return first("minutes");
    }

    public String program() {
        String program = first("program");
        return program == null ? CareProgram.CCM.name() : program;
    }

    public String note() {
        return first("note");
    }

    String from() {
        return "call".equals(first("from")) ? "call" : "chart";
    }

    private List<NewRow> newRows() {
        Map<Integer, Map<String, String>> byIndex = new LinkedHashMap<>();
        new TreeSet<>(values.keySet()).forEach(key -> {
            Matcher matcher = NEW.matcher(key);
            if (matcher.matches()) {
                byIndex.computeIfAbsent(Integer.parseInt(matcher.group(1)), i -> new LinkedHashMap<>())
                        .put(matcher.group(2), first(key));
            }
        });
        return byIndex.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(row -> row.getValue().values().stream().anyMatch(v -> v != null && !v.isBlank()))
                .map(row -> new NewRow(row.getKey(), row.getValue().get("name"), row.getValue().get("rxnormCode"),
                        row.getValue().get("dose"), row.getValue().get("note")))
                .toList();
    }

    private List<Integer> answerIndexes() {
        return values.keySet().stream().map(ANSWER::matcher).filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
    }

    private CareProgram programOrNull() {
        try {
            return CareProgram.valueOf(program());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String first(String key) {
        return values.getFirst(key);
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException bad) {
            return null;
        }
    }
}
