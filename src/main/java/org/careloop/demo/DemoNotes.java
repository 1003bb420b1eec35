package org.careloop.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlans;
import org.careloop.careplansharing.CarePlanShares;
import org.careloop.careplansharing.NewShare;
import org.careloop.careplansharing.ShareMethod;
import org.careloop.document.ClinicalDocuments;
import org.careloop.document.DocumentKind;
import org.careloop.document.NewDocument;
import org.careloop.handoff.HandOffs;
import org.careloop.handoff.HandOver;
import org.careloop.identity.ActingStaff;
import org.careloop.outreach.Interaction;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.outreach.NewInteraction;
import org.careloop.outreach.Outreach;
import org.careloop.patient.PatientRoster;
import org.careloop.task.TaskPriority;
import org.springframework.stereotype.Component;

/**
 * The demo's notes and hand-offs: a few calls with the notes a care manager really writes, one of them handed to the
 * nurses' pool and still waiting there (the nurse finds it on her worklist), a hospital discharge summary uploaded
 * to a chart, and a care plan shared with a cardiologist outside the practice as a FHIR bundle. Done through the
 * services, as the practice's care manager.
 */
@Component
class DemoNotes {

    private final PatientRoster roster;
    private final Outreach outreach;
    private final HandOffs handOffs;
    private final ClinicalDocuments documents;
    private final CarePlans carePlans;
    private final CarePlanShares shares;
    private final ActingStaff acting;
    private final Clock clock;

    DemoNotes(PatientRoster roster, Outreach outreach, HandOffs handOffs, ClinicalDocuments documents,
              CarePlans carePlans, CarePlanShares shares, ActingStaff acting, Clock clock) {
        this.roster = roster;
        this.outreach = outreach;
        this.handOffs = handOffs;
        this.documents = documents;
        this.carePlans = carePlans;
        this.shares = shares;
        this.acting = acting;
        this.clock = clock;
    }

    void prepare(UUID practice, String careManager) {
        List<PatientRoster.RosterEntry> patients = roster.ofPractice(practice).values().stream()
                .filter(p -> p.status().equals("ACTIVE") && p.deceasedOn() == null)
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName).thenComparing(PatientRoster.RosterEntry::id))
                .limit(3).toList();
        if (patients.size() < 3) {
            return;
        }
        acting.run(careManager, () -> {
            Interaction dizzy = call(patients.get(0).id(), 3, InteractionOutcome.REACHED, List.of("symptoms", "medications"),
                    "Dizzy when she stands up, since Monday; no falls.\nHome BP this morning 98/60, usually 130s.\n"
                            + "Started amlodipine 10 mg two weeks ago (was 5 mg).");
            handOffs.handOver(patients.get(0).id(), dizzy.id(), new HandOver("NURSE", null,
                    "Please triage today: new orthostatic symptoms after the amlodipine increase. She is home all day.",
                    LocalDate.now(clock), TaskPriority.URGENT));
            call(patients.get(1).id(), 26, InteractionOutcome.REACHED, List.of("goals"),
                    "Walked 20 minutes on 4 days this week (goal 5).\nAsked for the diabetes class schedule; sent by mail.");
            call(patients.get(1).id(), 50, InteractionOutcome.LEFT_VOICEMAIL, List.of(),
                    "Left a message asking her to call back about the glucose log.");
            documents.upload(patients.get(2).id(), new NewDocument(DocumentKind.DISCHARGE_SUMMARY,
                    "St. Mary's discharge summary", "Dr. Adeyemi, hospitalist", LocalDate.now(clock).minusDays(6),
                    "st-marys-discharge.txt", DISCHARGE.getBytes(StandardCharsets.UTF_8)));
            List<CarePlanSummary> living = carePlans.forPatient(patients.get(2).id()).stream()
                    .filter(plan -> plan.status().living()).toList();
            if (!living.isEmpty()) {
                shares.share(patients.get(2).id(), new NewShare(living.get(0).id(), "Dr. Lena Brandt, cardiology",
                        "l.brandt@valley-heart.example", null, ShareMethod.FHIR_BUNDLE));
            }
        });
    }

    private Interaction call(UUID patient, int hoursAgo, InteractionOutcome outcome, List<String> topics, String notes) {
        return outreach.record(patient, new NewInteraction(InteractionKind.OUTBOUND_CALL, outcome, topics, notes, null,
                clock.instant().minus(Duration.ofHours(hoursAgo))));
    }

    private static final String DISCHARGE = """
            ST. MARY'S HOSPITAL - DISCHARGE SUMMARY

            Admitted for: acute decompensated heart failure
            Length of stay: 3 days

            Hospital course: diuresed with IV furosemide, 3.1 kg down. Echo: EF 35 %.

            Discharge medications:
            - furosemide 40 mg by mouth daily (new)
            - metoprolol succinate 50 mg daily (unchanged)
            - lisinopril 10 mg daily (unchanged)

            Follow-up: primary care within 7 days; cardiology in 2 weeks.
            Weigh daily; call if up 3 lb in a day or 5 lb in a week.
            """;
}
