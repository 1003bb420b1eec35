package org.careloop.wishes;

import java.time.LocalDate;

/** What matters most to the patient, in their own words, and the day they said it (today when left out). */
public record WhatMattersChange(Integer version, String inTheirWords, LocalDate saidOn) {
}
