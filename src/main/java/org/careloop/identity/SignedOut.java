package org.careloop.identity;

/** Someone signed out of the web application; the audit trail records it beside their sign-in. */
public record SignedOut(String username, String clientAddress) {
}
