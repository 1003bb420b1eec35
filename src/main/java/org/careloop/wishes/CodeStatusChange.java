package org.careloop.wishes;

import java.time.LocalDate;

/**
 * The code status to record ({@code codeStatus}: FULL_CODE, DNR, DNR_DNI, COMFORT_CARE), the day it was decided or
 * learnt (today when left out) and where it comes from ("POLST signed with Dr Chen"), based on {@code version}.
 */
public record CodeStatusChange(Integer version, String codeStatus, LocalDate recordedOn, String source) {
}
