/**
 * Referral: closed-loop referrals of a patient to a community service for a social need (or one named by hand).
 * A care manager refers with the patient's consent to share, sends the referral letter by e-mail to the service's
 * intake address or prints it for fax or hand delivery, and follows it from SENT through ACCEPTED or DECLINED to
 * SERVICE_PROVIDED or NOT_PROVIDED; a referral nobody answers within a number of business days becomes NO_RESPONSE
 * and opens a follow-up task. Closing with an outcome records how far the need is met on the care plan. The
 * practice sees its loop: referrals by need and organization, the share closed with an outcome, the days to close.
 * <p>
 * Referrals are patient data and pass the patient gate; the directory they point into is the {@code community}
 * module's, which knows nothing of referrals (see there why they are two modules). The chart and the call page show
 * this module's suggestions (open needs with the best services beside each) by loading its fragment.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "careplan", "community", "identity", "patient", "schedule", "task"})
package org.careloop.referral;
