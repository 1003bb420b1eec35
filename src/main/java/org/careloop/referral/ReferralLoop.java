package org.careloop.referral;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.community.ServiceCategory;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;

/**
 * Whether the practice's referrals close their loop: counts by need and organization, the share closed with an
 * outcome and the median days to close (a referral still open does not count toward the median, it shows as open).
 * Names no patient; reading it is recorded as a search of the practice's referrals.
 */
@Service
public class ReferralLoop {

    /** Without dates, the report covers the last twelve months. */
    static final int DEFAULT_MONTHS = 12;

    private final StoredReferrals stored;
    private final Callers callers;
    private final PatientGate gate;
    private final Clock clock;

    ReferralLoop(StoredReferrals stored, Callers callers, PatientGate gate, Clock clock) {
        this.stored = stored;
        this.callers = callers;
        this.gate = gate;
        this.clock = clock;
    }

    public LoopReport report(UUID practiceId, LocalDate from, LocalDate to) {
        if (!callers.current().worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusMonths(DEFAULT_MONTHS) : from;
        if (start.isAfter(end)) {
            throw new InvalidRequest("Invalid from", Map.of("from", "must be on or before to (" + end + ")"));
        }
        List<StoredReferrals.LoopRow> rows = stored.loop(practiceId, start, end);
        gate.recordForPractice(AuditAction.SEARCH, practiceId, Referrals.RESOURCE, null, AuditOutcome.SUCCESS,
                "referral loop " + start + " to " + end);
        return new LoopReport(practiceId, start, end, line("All referrals", rows),
                grouped(rows, ReferralLoop::need), grouped(rows, StoredReferrals.LoopRow::organizationName));
    }

    /** The need in words: the screened need's domain, or the category of a referral made by hand. */
    static String need(StoredReferrals.LoopRow row) {
        return row.needDomain() != null ? Character.toUpperCase(row.needDomain().charAt(0))
                + row.needDomain().substring(1).replace('-', ' ')
                : ServiceCategory.valueOf(row.category()).label() + " (referred by hand)";
    }

    private static List<LoopReport.Line> grouped(List<StoredReferrals.LoopRow> rows,
                                                 Function<StoredReferrals.LoopRow, String> key) {
        Map<String, List<StoredReferrals.LoopRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(key.apply(row), label -> new ArrayList<>()).add(row));
        return groups.entrySet().stream().map(group -> line(group.getKey(), group.getValue()))
                .sorted(Comparator.comparingInt(LoopReport.Line::sent).reversed().thenComparing(LoopReport.Line::label))
                .toList();
    }

    private static LoopReport.Line line(String label, List<StoredReferrals.LoopRow> rows) {
        int[] counts = new int[ReferralStatus.values().length];
        List<Double> days = new ArrayList<>();
        for (StoredReferrals.LoopRow row : rows) {
            counts[row.status().ordinal()]++;
            if (row.status().closedWithOutcome() && row.closedAt() != null) {
                days.add(Duration.between(row.sentAt(), row.closedAt()).toHours() / 24.0);
            }
        }
        int accepted = counts[ReferralStatus.ACCEPTED.ordinal()];
        int noResponse = counts[ReferralStatus.NO_RESPONSE.ordinal()];
        return new LoopReport.Line(label, rows.size(), accepted, counts[ReferralStatus.DECLINED.ordinal()], noResponse,
                counts[ReferralStatus.SERVICE_PROVIDED.ordinal()], counts[ReferralStatus.NOT_PROVIDED.ordinal()],
                counts[ReferralStatus.SENT.ordinal()] + accepted + noResponse, median(days));
    }

    /** The median, to a tenth of a day; null when nothing closed with an outcome. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
