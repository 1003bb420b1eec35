package org.careloop.transition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the practice handles hospital notices.
 *
 * @param recentDischargeDays a discharge that ended longer ago than this is history and opens nothing (30: the TCM
 *                            period; a notice arriving later can no longer lead to a transition worth working)
 * @param edFollowUpBusinessDays business days after an ED visit without admission within which the patient is
 *                               called (2, like the TCM contact)
 */
@ConfigurationProperties("careloop.transitions")
public record TransitionSettings(@DefaultValue("30") int recentDischargeDays,
                                 @DefaultValue("2") int edFollowUpBusinessDays) {

    public TransitionSettings {
        if (recentDischargeDays < 1) {
            throw new IllegalArgumentException("careloop.transitions.recent-discharge-days must be at least 1");
        }
        if (edFollowUpBusinessDays < 1) {
            throw new IllegalArgumentException("careloop.transitions.ed-follow-up-business-days must be at least 1");
        }
    }
}
