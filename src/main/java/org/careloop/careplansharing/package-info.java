/**
 * Care plan sharing: the care plan sent to the care team outside the practice (the cardiologist, the home health
 * nurse), by secure e-mail or as a FHIR CarePlan bundle, and the record of who shared which version with whom and
 * when, as CMS asks the plan to be available to everyone involved in the patient's care.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "careplan", "directory", "identity", "patient", "program"})
package org.careloop.careplansharing;
