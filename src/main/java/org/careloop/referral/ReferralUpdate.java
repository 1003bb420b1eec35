package org.careloop.referral;

import org.careloop.careplan.NeedStatus;

/**
 * What was heard back, based on the {@code version} read: the service ACCEPTED, DECLINED (with the {@code reason}),
 * or, closing the loop, SERVICE_PROVIDED or NOT_PROVIDED with how far the need is met now ({@code needStatus}).
 */
public record ReferralUpdate(Integer version, ReferralStatus status, String reason, NeedStatus needStatus, String note) {
}
