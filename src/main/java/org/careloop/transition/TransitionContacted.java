package org.careloop.transition;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The contact a transition asks for is done: the patient (or caregiver) was reached on {@code on}, or — {@code
 * reached} false — two or more unsuccessful attempts were documented within the window, which CMS accepts in its
 * place.
 */
public record TransitionContacted(UUID transitionId, UUID patientId, UUID practiceId, LocalDate on, boolean reached,
                                  int attempts) {
}
