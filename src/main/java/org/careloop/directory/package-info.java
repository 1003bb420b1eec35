/**
 * The clinicians, organizations and places patient records point to: who saw the patient and where. Filled by
 * imports (an EHR's practitioner and hospital lists, shared by all practices) and by hand: a practice's
 * administrator or care manager adds the outside specialists, pharmacies and agencies its patients use, which only
 * that practice sees ({@link org.careloop.directory.PractitionerDirectory},
 * {@link org.careloop.directory.OrganizationDirectory}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity"})
package org.careloop.directory;
