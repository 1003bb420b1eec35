package org.careloop.referral.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the referral letter says, in large clear type: who is referred and how to reach them, what they need and what
 * is asked, the patient's consent to share, and the care manager to call back.
 */
public record ReferralLetter(UUID referralId, LocalDate sentOn, boolean urgent, String practiceName,
                             String practicePhone, String practiceAddress, String careManagerName,
                             String patientName, LocalDate birthDate, String patientPhone, String patientLanguage,
                             String need, String category, String request, String consentStatement,
                             String serviceName, String organizationName, LocalDate answerDueOn) {
}
