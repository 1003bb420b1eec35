/**
 * Benchmark: command-line measurements of the month close and the worklist at scale on a throw-away database.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "billing", "identity", "worklist"})
package org.careloop.benchmark;
