/**
 * Education: the patient education library (plain-language materials kept as data in {@code education/library.json},
 * each citing the public-domain page it is based on, its reading grade computed by {@link
 * org.careloop.education.ReadingLevel a named policy}), materials assigned on a call or for a care-plan intervention,
 * the teach-back that shows whether the patient or caregiver understood (its minutes logged as CCM time), and the
 * large-type copy the patient keeps, printed or e-mailed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "careplan", "identity", "patient", "program", "timetracking"})
package org.careloop.education;
