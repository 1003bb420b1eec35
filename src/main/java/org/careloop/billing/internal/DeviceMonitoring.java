package org.careloop.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.careloop.billing.BillingLine;
import org.careloop.billing.BillingSettings;
import org.careloop.billing.PatientMonth;
import org.careloop.billing.PatientMonth.EnrollmentFacts;
import org.careloop.billing.PatientMonth.LoggedTime;
import org.careloop.billing.Refusal;
import org.careloop.program.CareProgram;

/**
 * Remote physiologic monitoring: device supply by days of transmitted readings (99454 for 16-30 days; from 2026
 * 99445 for 2-15 days; never both), set-up once per episode (99453), and treatment management by minutes, which
 * also needs one real-time interactive communication with the patient in the month (99457/99458/99470).
 */
public final class DeviceMonitoring {

    private DeviceMonitoring() {
    }

    public static List<BillingLine> bill(RuleBook.MonthRules rules, BillingSettings settings, PatientMonth month,
                                         EnrollmentFacts enrollment, TimeBasedPrograms timeBased,
                                         List<LoggedTime> countable, String note, LocalDate dateOfService,
                                         List<Refusal> refusals) {
        List<BillingLine> lines = new ArrayList<>();
        int days = month.deviceReadingDays();
        String npi = enrollment.billingPractitioner();
        Optional<RuleBook.DeviceSupplyRule> supply = rules.deviceSupply().stream()
                .filter(rule -> days >= rule.minDays())
                .max(Comparator.comparingInt(RuleBook.DeviceSupplyRule::minDays));
        if (supply.isPresent()) {
            RuleBook.DeviceSupplyRule rule = supply.get();
            lines.add(new BillingLine(rule.code(), 1, CareProgram.RPM, days + " days of device readings: " + rule.code()
                    + " (" + rule.describes() + ")", npi, dateOfService, 0));
        } else {
            int fewest = rules.deviceSupply().stream().mapToInt(RuleBook.DeviceSupplyRule::minDays).min().orElse(16);
            refusals.add(new Refusal(CareProgram.RPM, days + " days of device readings: device supply needs at least "
                    + fewest + " days in the period"
                    + (rules.deviceSupply().stream().anyMatch(r -> r.code().equals("99445")) ? "" : " (99454: 16 days)")));
        }
        boolean newEpisode = enrollment.startDate() != null
                && YearMonth.from(enrollment.startDate()).equals(month.month());
        if (newEpisode && rules.deviceSetup().isPresent()) {
            RuleBook.DeviceSetupRule setup = rules.deviceSetup().get();
            if (days >= settings.rpmSetupMinimumDays()) {
                lines.add(new BillingLine(setup.code(), 1, CareProgram.RPM, "monitoring started on " + enrollment.startDate()
                        + " with " + days + " days of readings: " + setup.code() + " (" + setup.describes() + ")",
                        npi, dateOfService, 0));
            } else {
                refusals.add(new Refusal(CareProgram.RPM, "set-up " + setup.code() + " waits for "
                        + settings.rpmSetupMinimumDays() + " days of readings; " + days + " so far"));
            }
        }
        TimedFamily.Outcome management = timeBased.remoteMonitoringManagement(countable, npi, dateOfService);
        if (management.bills() && !month.rpmInteractiveCommunication()) {
            refusals.add(new Refusal(CareProgram.RPM, "treatment management: " + management.lines().get(0).code()
                    + " needs at least one real-time interactive communication with the patient in " + month.month()
                    + " (a call or visit that reached the patient); none is recorded" + note));
        } else if (management.bills()) {
            List<BillingLine> managed = new ArrayList<>(management.lines());
            if (!note.isEmpty()) {
                BillingLine base = managed.get(0);
                managed.set(0, new BillingLine(base.code(), base.units(), base.program(), base.explanation() + note,
                        base.billingPractitioner(), base.dateOfService(), base.minutes()));
            }
            lines.addAll(managed);
        } else {
            refusals.add(new Refusal(CareProgram.RPM, "treatment management: " + management.sentence() + note));
        }
        return lines;
    }
}
