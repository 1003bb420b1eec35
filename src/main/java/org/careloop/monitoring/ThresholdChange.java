package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An admin's adjustment of one protocol's threshold (and, for severe blood pressure, the diastolic
 * {@code threshold2}) from {@code effectiveFrom} (today when absent) on, with a note saying why.
 */
public record ThresholdChange(String code, BigDecimal threshold, BigDecimal threshold2, LocalDate effectiveFrom,
                              String note) {
}
