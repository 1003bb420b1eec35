/**
 * Hospital feeds: hospitals, emergency departments and health information exchanges announce admissions,
 * discharges, ED visits, updates and cancels as HL7 v2 ADT messages over MLLP. Each registered sender
 * ({@link org.careloop.adt.FeedSources}) feeds one practice; every message is stored once as received, answered with
 * an ACK or a NAK that says why, and, once matched to a patient (by the sender's MRN, else exactly one patient with
 * the same name and birth date, else by a person from the work queue of {@link org.careloop.adt.HospitalFeed}),
 * reported as {@link org.careloop.transition.HospitalEncounterReported} for the transition module to act on. This is
 * the only module besides fhir that speaks a health-data standard: HAPI HL7v2 stays inside it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient", "transition"})
package org.careloop.adt;
