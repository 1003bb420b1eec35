/**
 * Assessment: PHQ-2, PHQ-9, GAD-7, the ASQ suicide risk screen, AHC HRSN and the initial CCM assessment, scored by named policies; a positive item 9 raises a same-day escalation and social needs are announced.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient"})
package org.careloop.assessment;
