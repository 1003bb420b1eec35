package org.careloop.patientlist;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.careloop.audit.AuditAction;
import org.careloop.enrollment.EligibilityVerdict;
import org.careloop.enrollment.EnrollmentLists;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.OpenEnrollment;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientPage;
import org.careloop.patient.PatientQuery;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The patients of the caller's practices, a page at a time, each with their programs, care manager and — when the
 * eligibility policy suggests them and they are in no program — the reasons to offer enrollment. The list is for
 * the people who care for patients; a biller, who works from the billing month, has no clinical list.
 */
@Service
public class PatientList {

    /** The narrowing filters; several together admit only the patients every one admits. */
    public enum Filter {
        ELIGIBLE_NOT_ENROLLED, CONSENT_PENDING, NO_CARE_MANAGER, DECEASED
    }

    /** What the list is asked for; {@code practiceId} null means every practice of the caller. */
    public record Request(String text, String name, LocalDate birthDate, String mrn, CareProgram program,
                          Set<Filter> filters, UUID practiceId) {

        public Request {
            filters = filters == null || filters.isEmpty() ? EnumSet.noneOf(Filter.class) : EnumSet.copyOf(filters);
        }

        public boolean has(Filter filter) {
            return filters.contains(filter);
        }
    }

    /** A program the patient is in (not ended), where it stands and whether consent is on file. */
    public record ProgramStanding(CareProgram program, EnrollmentStatus status, boolean consented) {
    }

    /**
     * One patient of the list: the registry entry (the MBI masked), their programs, their care manager's name, and
     * for a patient on the outreach list the programs they are suggested for with the reasons.
     */
    public record Row(@JsonUnwrapped PatientRecord patient, Integer age, boolean deceased,
                      List<ProgramStanding> programs, String careManagerName, List<CareProgram> eligibleFor,
                      List<String> eligibilityReasons) {

        @JsonIgnore
        public String displayName() {
            return patient.familyName() + ", " + patient.givenNames();
        }
    }

    /** One page of the list and how many patients it holds in all. */
    public record Page(List<Row> patients, int page, int size, long total) {

        @JsonIgnore
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        @JsonIgnore
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    static final Set<Role> CLINICAL = EnumSet.of(Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER, Role.ADMIN);

    private final PatientRoster roster;
    private final PatientRegistry registry;
    private final PatientGate gate;
    private final EnrollmentLists enrollmentLists;
    private final ProgramEnrollments enrollments;
    private final Staff staff;
    private final Callers callers;
    private final java.time.Clock clock;

    PatientList(PatientRoster roster, PatientRegistry registry, PatientGate gate, EnrollmentLists enrollmentLists,
                ProgramEnrollments enrollments, Staff staff, Callers callers, java.time.Clock clock) {
        this.roster = roster;
        this.registry = registry;
        this.gate = gate;
        this.enrollmentLists = enrollmentLists;
        this.enrollments = enrollments;
        this.staff = staff;
        this.callers = callers;
        this.clock = clock;
    }

    /** One page of the patients the request admits, in name order; every patient shown is recorded as searched. */
    public Page find(Request request, int page, int size) {
        Caller caller = clinician();
        UUID[] practices = request.practiceId() == null ? caller.practiceArray()
                : caller.worksIn(request.practiceId()) ? new UUID[] {request.practiceId()} : new UUID[0];
        Set<UUID> among = null;
        if (request.program() != null) {
            among = narrow(among, practices, practice -> enrollmentLists.enrolled(practice, request.program()));
        }
        if (request.has(Filter.CONSENT_PENDING)) {
            among = narrow(among, practices, enrollmentLists::awaitingConsent);
        }
        if (request.has(Filter.ELIGIBLE_NOT_ENROLLED)) {
            among = narrow(among, practices, practice -> enrollmentLists.eligibleNotEnrolled(practice).keySet());
        }
        PatientQuery query = new PatientQuery(request.text(), request.name(), request.birthDate(), request.mrn(), among,
                request.has(Filter.NO_CARE_MANAGER), request.has(Filter.DECEASED));
        PatientPage found = roster.page(query, practices, page, size);
        List<Row> rows = gate.listed(AuditAction.SEARCH, "Patient", rows(found.patients()),
                row -> new PatientGate.Listed(row.patient().id(), row.patient().practiceId(), row.patient().id(),
                        "patient list " + describe(request)));
        return new Page(rows, found.page(), found.size(), found.total());
    }

    /** Assigns the care manager to every one of the patients, or to none (see {@link PatientRegistry#assignCareManager}). */
    public List<UUID> assignCareManager(List<UUID> patientIds, UUID careManagerId) {
        clinician();
        return registry.assignCareManager(patientIds, careManagerId);
    }

    private Caller clinician() {
        Caller caller = callers.current();
        if (CLINICAL.stream().noneMatch(caller::hasRole)) {
            throw new AccessDeniedException("The patient list is for care managers, nurses, providers and administrators");
        }
        return caller;
    }

    private List<Row> rows(List<PatientRecord> patients) {
        Set<UUID> ids = patients.stream().map(PatientRecord::id).collect(Collectors.toSet());
        Map<UUID, List<ProgramStanding>> programs = enrollments.openFor(ids).stream()
                .sorted(java.util.Comparator.comparing(OpenEnrollment::program))
                .collect(Collectors.groupingBy(OpenEnrollment::patientId, Collectors.mapping(
                        open -> new ProgramStanding(open.program(), open.status(), open.consented()), Collectors.toList())));
        Map<UUID, Staff.Person> careManagers = staff.byId(patients.stream().map(PatientRecord::assignedCareManagerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, EligibilityVerdict> eligible = enrollmentLists.eligibleNotEnrolled(patients.stream()
                .map(p -> new EnrollmentLists.Prospect(p.id(), p.birthDate(), p.deceased(), p.deceasedOn())).toList());
        LocalDate today = LocalDate.now(clock);
        return patients.stream().map(p -> {
            EligibilityVerdict verdict = eligible.get(p.id());
            Staff.Person careManager = p.assignedCareManagerId() == null ? null : careManagers.get(p.assignedCareManagerId());
            return new Row(p, p.birthDate() == null ? null
                    : Period.between(p.birthDate(), p.deceasedOn() != null ? p.deceasedOn() : today).getYears(),
                    p.deceased(), programs.getOrDefault(p.id(), List.of()),
                    careManager == null ? null : careManager.displayName(),
                    verdict == null ? List.of() : suggested(verdict), verdict == null ? List.of() : verdict.reasons());
        }).toList();
    }

    private static List<CareProgram> suggested(EligibilityVerdict verdict) {
        return verdict.ccm() ? List.of(CareProgram.CCM, CareProgram.PCM) : List.of(CareProgram.PCM);
    }

    /** Narrows the admitted patients to those the filter admits in any of the practices. */
    private static Set<UUID> narrow(Set<UUID> among, UUID[] practices, Function<UUID, Collection<UUID>> admitted) {
        Set<UUID> found = new HashSet<>();
        for (UUID practice : practices) {
            found.addAll(admitted.apply(practice));
        }
        if (among != null) {
            found.retainAll(among);
        }
        return found;
    }

    private static String describe(Request request) {
        StringBuilder text = new StringBuilder();
        if (request.text() != null && !request.text().isBlank()) {
            text.append("search ").append(request.text().trim().length()).append(" characters ");
        }
        if (request.program() != null) {
            text.append("program ").append(request.program()).append(' ');
        }
        request.filters().forEach(filter -> text.append(filter.name().toLowerCase()).append(' '));
        return text.toString().trim();
    }
}
