package org.careloop.identity;

/**
 * Someone proved (or failed to prove) who they are. The audit trail records each one, so identity publishes only
 * the meaningful ones: every sign-in through the form, the first HTTP Basic request of a user from an address each
 * day, the first use of an API token each day, every wrong password, and a throttled flood as a summary.
 *
 * @param detail what happened, in words an administrator reads (the reason of a failure, the token's name)
 */
public record SignInAttempted(String username, Method method, boolean succeeded, String detail, String clientAddress) {

    /** How the person proved who they are. */
    public enum Method {
        FORM, HTTP_BASIC, API_TOKEN;

        /** Whether the attempt came through the JSON or FHIR API rather than the web pages. */
        public boolean viaApi() {
            return this != FORM;
        }
    }
}
