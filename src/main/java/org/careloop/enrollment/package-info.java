/**
 * Enrollment: who may be offered chronic care management. For now the chronic-condition catalogue
 * ({@link org.careloop.enrollment.ChronicConditionCatalogue}) and the CCM/PCM eligibility policy
 * ({@link org.careloop.enrollment.Eligibility}), whose verdict is a suggestion the billing practitioner attests.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient", "program"})
package org.careloop.enrollment;
