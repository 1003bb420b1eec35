package org.careloop.patient;

import java.util.List;

/** One page of a patient search and how many patients matched in all. */
public record PatientPage(List<PatientRecord> patients, int page, int size, long total) {
}
