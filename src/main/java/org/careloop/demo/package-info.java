/**
 * Demo: the demo organization, its patients and a believable month.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "careplan", "enrollment", "identity", "outreach", "patient", "program", "timetracking"})
package org.careloop.demo;
