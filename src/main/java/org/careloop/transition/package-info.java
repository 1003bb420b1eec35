/**
 * Transition: transitions of care. A hospital's notice ({@link org.careloop.transition.HospitalEncounterReported},
 * from the ADT feed or a FHIR import) of a recent discharge to a community setting opens a transition with the TCM
 * deadlines (contact within 2 business days, medication reconciliation by the face-to-face visit, the visit within 7
 * or 14 days); an ED visit without admission opens a follow-up call. Calls recorded in outreach and reconciliations
 * signed in the medication module move it along; a provider records the visit. The call lands on the care manager's
 * task list and at the top of the worklist, and the billing month bills 99495/99496 from what is stored here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "calendar", "identity", "medication", "outreach", "patient", "task"})
package org.careloop.transition;
