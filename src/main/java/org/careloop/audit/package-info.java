/**
 * Audit: the append-only trail of every read and write of patient data and every sign-in, and the door (channel) each came through.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package org.careloop.audit;
