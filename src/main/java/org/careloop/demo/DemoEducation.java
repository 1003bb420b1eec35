package org.careloop.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlans;
import org.careloop.education.Education;
import org.careloop.education.EducationAssignment;
import org.careloop.education.NewAssignment;
import org.careloop.education.NewTeachBack;
import org.careloop.identity.ActingStaff;
import org.careloop.patient.PatientRoster;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Education in the demo: handouts taught on calls with their teach-backs — understood by the patient, needing
 * reinforcement with the caregiver and then understood, not done, one given for a care-plan intervention, one in
 * Spanish, one still waiting. The first teach-backs log their minutes as CCM time, early in the morning of days well
 * before the month's calls so they meet none of the care manager's other time.
 */
@Component
class DemoEducation {

    private final DemoCaseload caseload;
    private final Education education;
    private final CarePlans carePlans;
    private final ActingStaff acting;
    private final Clock clock;

    DemoEducation(DemoCaseload caseload, Education education, CarePlans carePlans, ActingStaff acting, Clock clock) {
        this.caseload = caseload;
        this.education = education;
        this.carePlans = carePlans;
        this.acting = acting;
        this.clock = clock;
    }

    @EventListener
    void on(DemoMonthPrepared prepared) {
        prepared.careManagers().forEach((practice, careManager) -> acting.run(careManager, () -> teach(caseload.of(practice))));
    }

    private void teach(List<PatientRoster.RosterEntry> patients) {
        DemoCaseload.at(patients, 0).ifPresent(p -> teachBack(assign(p, "high-blood-pressure-en", false), "UNDERSTOOD",
                "PATIENT", "Said back: pills every day, call if the top number is 180 or more.", 12, 6));
        DemoCaseload.at(patients, 1).ifPresent(p -> {
            EducationAssignment diabetes = assign(p, "diabetes-en", true);
            EducationAssignment reinforced = teachBack(diabetes, "NEEDS_REINFORCEMENT", "CAREGIVER",
                    "Son unsure when to check sugars; left the handout with him.", 11, 8);
            teachBack(reinforced, "UNDERSTOOD", "CAREGIVER", "Son explained the plate method and the A1C test.", 2, null);
        });
        DemoCaseload.at(patients, 2).ifPresent(p -> {
            teachBack(assign(p, "low-salt-eating-en", false), "UNDERSTOOD", "PATIENT",
                    "Will rinse canned beans and read sodium on labels.", 4, null);
            assign(p, "foot-care-en", false);
        });
        DemoCaseload.at(patients, 4).ifPresent(p -> teachBack(assign(p, "low-blood-sugar-es", false), "NOT_DONE",
                "PATIENT", "Patient had to leave for work; teach next call with the interpreter.", 3, null));
        DemoCaseload.at(patients, 6).ifPresent(p -> teachBack(assign(p, "depression-en", false), "UNDERSTOOD",
                "PATIENT", "Knows to call or text 988 and to keep taking sertraline.", 5, null));
    }

    private EducationAssignment assign(UUID patient, String material, boolean forIntervention) {
        if (forIntervention) {
            return carePlans.forPatient(patient).stream().filter(p -> p.status().living()).map(CarePlanSummary::id)
                    .map(carePlans::find).filter(plan -> !plan.content().interventions().isEmpty()).findFirst()
                    .map(plan -> education.assign(patient, new NewAssignment(material, plan.id(),
                            plan.content().interventions().get(0).id())))
                    .orElseGet(() -> education.assign(patient, new NewAssignment(material, null, null)));
        }
        return education.assign(patient, new NewAssignment(material, null, null));
    }

    private EducationAssignment teachBack(EducationAssignment assignment, String result, String taughtTo, String note,
                                          int daysAgo, Integer minutes) {
        ZonedDateTime day = ZonedDateTime.now(clock).minusDays(daysAgo);
        OffsetDateTime at = (minutes == null ? day.withHour(11) : day.withHour(8)).withMinute(0).withSecond(0)
                .withNano(0).plusMinutes(minutes == null ? 0 : minutes).toOffsetDateTime();
        return education.recordTeachBack(assignment.id(), new NewTeachBack(assignment.version(), taughtTo, result,
                note, at, minutes, null));
    }
}
