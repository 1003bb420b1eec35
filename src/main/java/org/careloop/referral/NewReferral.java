package org.careloop.referral;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral as the care manager makes it: the service of the practice's directory, the open social need it is for
 * ({@code needDomain}, such as {@code food-insecurity}; null for a referral by hand, which names its
 * {@code category} instead), what is asked of the service, the patient's consent to share, the urgency, the care
 * manager who follows it (the patient's own when null), and how it is sent. A printed referral may have gone out
 * before it is recorded: {@code sentOn} (today when null) says when.
 */
public record NewReferral(UUID serviceId, String needDomain, String category, String request, ConsentToShare consent,
                          Urgency urgency, UUID careManagerId, Delivery delivery, LocalDate sentOn) {
}
