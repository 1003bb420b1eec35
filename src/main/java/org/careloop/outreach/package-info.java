/**
 * Outreach: calls, messages and visits with their outcomes and follow-up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient"})
package org.careloop.outreach;
