package org.careloop.careplan;

import java.time.LocalDate;
import java.util.List;

import org.careloop.program.CareProgram;

/**
 * The care plan as the patient reads it, in plain words: their goals in their own words first, then what they
 * (and their caregiver) will do, what the care team will do, whom to call, and what matters to them and their wishes
 * ({@code wishes}, null when none are recorded).
 */
public record PatientCopy(String patientName, String practiceName, CareProgram program, int version,
                          LocalDate printedOn, List<Goal> goals, List<String> patientWillDo, List<String> careTeamWillDo,
                          List<String> barriers, List<String> strengths, List<String> preferences,
                          LocalDate nextReviewOn, List<Contact> contacts, PlanWishes wishes) {

    /** A goal: the patient's words, the measurable target behind them, and how it is going. */
    public record Goal(String inOwnWords, String target, LocalDate byDate, String progress) {
    }

    /** Someone to call, and why. */
    public record Contact(String role, String name, String phone) {
    }
}
