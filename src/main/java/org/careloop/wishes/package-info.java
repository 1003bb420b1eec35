/**
 * Wishes: what the patient wants from their care — advance directives on file (kind, date, where the original is, an
 * uploaded copy, and for a power of attorney the healthcare proxy), code status with its date and source, and what
 * matters most in the patient's own words. The chart header and the call page show them; the care plan and its
 * patient copy include them through {@link org.careloop.careplan.WishesForThePlan}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "careplan", "careteam", "document", "identity", "patient"})
package org.careloop.wishes;
