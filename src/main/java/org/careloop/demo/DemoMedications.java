package org.careloop.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.fhir.importing.BundleImporter;
import org.careloop.fhir.importing.ImportDestination;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Staff;
import org.careloop.medication.CurrentMedication;
import org.careloop.medication.CurrentMedications;
import org.careloop.medication.MedicationLists;
import org.careloop.medication.MedicationReconciliation;
import org.careloop.medication.PatientAnswer;
import org.careloop.medication.Reconciliation;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The practice's medication lists in the two states a care manager meets. The first patient on an ARB (a heart
 * failure patient on losartan, in the demo records) comes home from hospital: the discharge sends sacubitril/valsartan
 * and an old lisinopril prescription nobody stopped, through the same FHIR import as any EHR, so lisinopril, losartan
 * and sacubitril/valsartan are active together, unreconciled, with the duplicate-class warning and a lisinopril refill
 * overdue. The second patient on an ARB had the list reconciled on a call and signed by the care manager, with an
 * answer for every medication, the reasons, a barrier, a vitamin the patient reported and 12 minutes logged.
 */
@Component
class DemoMedications {

    static final String DISCHARGE_BUNDLE = "demo/medications/after-discharge.json";
    private static final Logger log = LoggerFactory.getLogger(DemoMedications.class);

    private final PatientRoster roster;
    private final MedicationLists lists;
    private final MedicationReconciliation reconciliation;
    private final BundleImporter importer;
    private final ActingStaff acting;
    private final Staff staff;
    private final Clock clock;

    DemoMedications(PatientRoster roster, MedicationLists lists, MedicationReconciliation reconciliation,
                    BundleImporter importer, ActingStaff acting, Staff staff, Clock clock) {
        this.roster = roster;
        this.lists = lists;
        this.reconciliation = reconciliation;
        this.importer = importer;
        this.acting = acting;
        this.staff = staff;
        this.clock = clock;
    }

    void prepare(UUID practice, String careManager) {
        List<PatientRoster.RosterEntry> onAnArb = new ArrayList<>();
        for (PatientRoster.RosterEntry patient : roster.ofPractice(practice).values().stream()
                .filter(p -> p.status().equals("ACTIVE"))
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName).thenComparing(PatientRoster.RosterEntry::id))
                .toList()) {
            CurrentMedications current = acting.as(careManager, () -> lists.current(patient.id()));
            if (current.medications().stream().anyMatch(m -> m.drugClasses().contains("ARB"))) {
                onAnArb.add(patient);
            }
            if (onAnArb.size() == 2) {
                break;
            }
        }
        if (onAnArb.size() < 2) {
            log.info("Demo medication lists skipped: fewer than two patients on an ARB in practice {}", practice);
            return;
        }
        discharge(onAnArb.get(0), practice, careManager);
        reconciled(onAnArb.get(1).id(), careManager);
    }

    /** The hospital's discharge medications arrive as an EHR bundle for the patient (matched by MRN). */
    private void discharge(PatientRoster.RosterEntry patient, UUID practice, String careManager) {
        LocalDate today = LocalDate.now(clock);
        String bundle = template().replace("{{PATIENT_KEY}}", "demo-" + patient.mrn())
                .replace("{{MRN}}", json(patient.mrn())).replace("{{FAMILY}}", json(patient.familyName()))
                .replace("{{GIVEN}}", json(patient.givenNames()))
                .replace("{{BIRTH_DATE}}", String.valueOf(patient.birthDate()))
                .replace("{{LISINOPRIL_ON}}", today.minusDays(40).toString())
                .replace("{{DISCHARGE_ON}}", today.minusDays(6).toString());
        UUID manager = staff.findByUsername(careManager).map(Staff.Person::id).orElse(null);
        AuditChannels.within(AuditChannel.IMPORT, "demo-data", () -> importer.importBundle(
                new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)), new ImportDestination(practice, manager)));
    }

    /** A reconciliation as a care manager signs it after going through the list with the patient on the phone. */
    private void reconciled(UUID patient, String careManager) {
        acting.run(careManager, () -> {
            CurrentMedications current = lists.current(patient);
            List<Reconciliation.Answer> answers = current.medications().stream().map(DemoMedications::answer).toList();
            reconciliation.reconcile(patient, new Reconciliation(current.version(), answers, List.of(
                    new Reconciliation.ReportedMedication("Vitamin D3 1000 unit capsule", null, "1 capsule a day",
                            "Over the counter, started without a prescription")), 12, CareProgram.CCM,
                    "Went through the bottles with the patient and a family member on the phone."));
        });
    }

    /** What the patient says: NSAIDs stopped after the heart-failure clinic's advice, the diuretic skipped on outings. */
    private static Reconciliation.Answer answer(CurrentMedication medication) {
        String name = medication.name().toLowerCase(java.util.Locale.ROOT);
        if (name.contains("naproxen") || name.contains("ibuprofen")) {
            return new Reconciliation.Answer(medication.id(), PatientAnswer.NOT_TAKING.name(),
                    "Stopped it after the heart failure clinic said to avoid anti-inflammatories", List.of());
        }
        if (medication.drugClasses().contains("loop diuretic")) {
            return new Reconciliation.Answer(medication.id(), PatientAnswer.TAKING_DIFFERENTLY.name(),
                    "Skips the morning dose on days out of the house", List.of("SIDE_EFFECTS"));
        }
        if (medication.drugClasses().contains("beta blocker")) {
            return new Reconciliation.Answer(medication.id(), PatientAnswer.TAKING_AS_PRESCRIBED.name(),
                    "Co-pay went up; asked the pharmacy about a 90-day supply", List.of("COST"));
        }
        return new Reconciliation.Answer(medication.id(), PatientAnswer.TAKING_AS_PRESCRIBED.name(), null, List.of());
    }

    private static String template() {
        try {
            return new ClassPathResource(DISCHARGE_BUNDLE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DISCHARGE_BUNDLE, e);
        }
    }

    /** The text as it stands inside a JSON string. */
    private static String json(String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
