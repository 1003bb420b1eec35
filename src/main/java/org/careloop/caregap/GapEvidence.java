package org.careloop.caregap;

import java.time.LocalDate;

/**
 * One item of the record a status rests on: what kind of entry it is ({@code OBSERVATION}, {@code PROCEDURE},
 * {@code IMMUNIZATION}, {@code ASSESSMENT}, {@code CONDITION}), its code, what it says and when; {@code value} is
 * the result where the measure reads one ("7.4 %", "132/84 mmHg").
 */
public record GapEvidence(String kind, String code, String display, LocalDate date, String value) {
}
