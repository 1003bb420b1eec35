package org.careloop.billing;

import java.util.List;

/** The month's claim lines and the programs that are not billed, each with its reason. */
public record BillingResult(List<BillingLine> lines, List<Refusal> notBillable) {

    public BillingResult {
        lines = List.copyOf(lines);
        notBillable = List.copyOf(notBillable);
    }

    public boolean bills(String code) {
        return lines.stream().anyMatch(line -> line.code().equals(code));
    }

    public int unitsOf(String code) {
        return lines.stream().filter(line -> line.code().equals(code)).mapToInt(BillingLine::units).sum();
    }
}
