package org.careloop.careplan;

import java.time.LocalDate;
import java.time.Period;

/** When the care team next reviews the plan, and how often ({@code interval} as ISO-8601, such as {@code P3M}). */
public record ReviewSchedule(LocalDate nextReviewOn, Period interval) {
}
