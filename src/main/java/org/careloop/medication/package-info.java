/**
 * Medication: the patient's medication list as the care team reconciles it with the patient. A reconciliation goes
 * through the current list (the last signed list, plus the EHR's prescriptions not reviewed yet; before the first
 * one, the EHR's active prescriptions) recording for each medication what the patient says, why and what gets in
 * the way, adds the medications the patient reports, and signs a new dated list; earlier lists are kept. Named checks
 * (duplicate therapy within a class, refills due) read a small curated class table shipped as data
 * ({@code medication/drug-classes.json}) and the prescriptions' supply. A signed list is logged as CCM time when
 * minutes are given and announced as {@link org.careloop.medication.MedicationsReconciled}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient", "program", "timetracking"})
package org.careloop.medication;
