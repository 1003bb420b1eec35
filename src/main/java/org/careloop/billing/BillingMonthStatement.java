package org.careloop.billing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A practice's billing month: every enrolled patient's claim lines and refusals. {@code status} is CLOSED for a
 * stored statement ({@code version} counts closes) and OPEN for a live preview that nothing has locked yet.
 */
public record BillingMonthStatement(UUID practiceId, String month, String status, int version, String closedBy,
                                    OffsetDateTime closedAt, int patients, List<StatementLine> lines,
                                    List<StatementRefusal> notBillable) {

    public BillingMonthStatement {
        lines = List.copyOf(lines);
        notBillable = List.copyOf(notBillable);
    }

    /** Units billed per code, for the totals a biller checks before sending. */
    public Map<String, Integer> unitsByCode() {
        Map<String, Integer> totals = new TreeMap<>();
        lines.forEach(line -> totals.merge(line.code(), line.units(), Integer::sum));
        return totals;
    }
}
