/**
 * Patient list: every patient of the practice, registered, imported or enrolled, found by one search box (name,
 * MRN, birth date, phone, MBI) and narrowed by program, the enrollment outreach list (eligible but in no program,
 * with the reasons), consent pending, no care manager or deceased; and a care manager assigned to one or many.
 * It owns no data: the patient module pages the registry and the enrollment module says who stands where; every
 * patient shown is recorded through the patient gate.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "enrollment", "identity", "patient", "program"})
package org.careloop.patientlist;
