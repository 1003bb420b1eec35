package org.careloop.caregap.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.careloop.assessment.Administered;
import org.careloop.assessment.Assessments;
import org.careloop.caregap.engine.Measures;
import org.careloop.careplan.CarePlanGoals;
import org.careloop.caregap.PatientFacts;
import org.careloop.caregap.engine.ValueSet;
import org.careloop.patient.CodedFacts;
import org.springframework.stereotype.Component;

/**
 * CareLoop's stored record of many patients as the engine's input, in a fixed number of queries: the patient
 * module's coded entries narrowed to the codes the measures read, each with every coding the EHR sent (so an entry
 * matches a value set when any of its codings is in it, as in the what-if evaluation of a bundle), the PHQ-2/PHQ-9
 * given in CareLoop and the open goals of the living care plans ("HbA1c < 7 %" tightens HbA1c control to the
 * patient's own target). Entries refuted, entered in error, not done or cancelled are left out.
 */
@Component
public class StoredFacts {

    static final Set<String> VOID = Set.of("entered-in-error", "not-done", "cancelled", "refuted", "stopped");
    static final String INSTRUMENT = "urn:careloop:instrument";
    static final List<String> SCREENS = List.of("phq-2", "phq-9", "PHQ-2", "PHQ-9", "PHQ2", "PHQ9");

    private final CodedFacts coded;
    private final Assessments assessments;
    private final CarePlanGoals carePlanGoals;
    private final Clock clock;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    StoredFacts(CodedFacts coded, Assessments assessments, CarePlanGoals carePlanGoals, Measures measures, Clock clock) {
        this.clock = clock;
        this.coded = coded;
        this.assessments = assessments;
        this.carePlanGoals = carePlanGoals;
        for (ValueSet set : measures.used()) {
            set.codes().values().forEach(list -> list.forEach(code -> {
                if (code.endsWith("*")) {
                    prefixes.add(code.substring(0, code.length() - 1));
                } else {
                    codes.add(code);
                }
            }));
        }
    }

    /** Whose practice each patient is in, and their facts. */
    public record Loaded(Map<UUID, UUID> practiceOf, Map<UUID, PatientFacts> facts) {
    }

    public Loaded load(Collection<UUID> patients) {
        Map<UUID, UUID> practiceOf = new HashMap<>();
        Map<UUID, PatientFacts> facts = new HashMap<>();
        if (patients.isEmpty()) {
            return new Loaded(practiceOf, facts);
        }
        Map<UUID, List<CodedFacts.Entry>> entries = coded.entries(patients, codes, prefixes);
        Map<UUID, List<PatientFacts.Fact>> screens = new HashMap<>();
        for (Administered given : assessments.administered(patients, SCREENS)) {
            screens.computeIfAbsent(given.patientId(), id -> new ArrayList<>()).add(new PatientFacts.Fact(
                    PatientFacts.Kind.ASSESSMENT,
                    List.of(new PatientFacts.Coding(INSTRUMENT, given.instrument().toUpperCase(Locale.ROOT))),
                    given.instrumentTitle() + " in CareLoop", local(given.administeredAt()), null, true, null,
                    null, List.of()));
        }
        Map<UUID, List<PatientFacts.Goal>> goals = new HashMap<>();
        carePlanGoals.activeFor(patients).forEach((patient, targets) -> goals.put(patient, targets.stream()
                .map(target -> new PatientFacts.Goal(target.measure(), target.comparator(), target.value())).toList()));
        for (CodedFacts.Person person : coded.people(patients)) {
            practiceOf.put(person.patientId(), person.practiceId());
            List<PatientFacts.Fact> list = new ArrayList<>(screens.getOrDefault(person.patientId(), List.of()));
            for (CodedFacts.Entry entry : entries.getOrDefault(person.patientId(), List.of())) {
                if (entry.status() == null || !VOID.contains(entry.status().toLowerCase(Locale.ROOT))) {
                    list.add(fact(entry, this::local));
                }
            }
            String sex = person.sex() == null || person.sex().equals("unknown") ? null : person.sex();
            facts.put(person.patientId(), new PatientFacts(person.birthDate(), sex, person.deceased(), list,
                    goals.getOrDefault(person.patientId(), List.of())));
        }
        return new Loaded(practiceOf, facts);
    }

    /** The calendar day in the practice's time zone (a result at 10 pm in New York is not tomorrow's). */
    private LocalDate local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static PatientFacts.Fact fact(CodedFacts.Entry entry, Function<OffsetDateTime, LocalDate> local) {
        List<PatientFacts.Coding> codings = entry.codings().stream()
                .map(coding -> new PatientFacts.Coding(coding.system(), coding.code())).toList();
        boolean active = entry.kind() != CodedFacts.Kind.CONDITION || entry.status() == null
                || Set.of("active", "recurrence", "relapse").contains(entry.status().toLowerCase(Locale.ROOT));
        return new PatientFacts.Fact(PatientFacts.Kind.valueOf(entry.kind().name()), codings, entry.display(),
                local.apply(entry.on()), local.apply(entry.endedOn()), active, entry.value(), entry.unit(),
                entry.parts().stream().map(part -> new PatientFacts.Part(
                        List.of(new PatientFacts.Coding(part.codeSystem(), part.code())), part.value(), part.unit())).toList());
    }
}
