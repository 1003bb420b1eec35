/**
 * Audit: the append-only trail of every read and write of patient data and every sign-in, and the door (channel) each came through.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "schedule"})
package org.careloop.audit;
