package org.careloop.identity;

/**
 * Someone tried to sign in; {@code succeeded} tells how it went and {@code reason} why it failed.
 * The audit trail records every attempt.
 */
public record SignInAttempted(String username, boolean succeeded, String reason, String clientAddress) {
}
