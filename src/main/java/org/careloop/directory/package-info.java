/**
 * The clinicians, organizations and places patient records point to: who saw the patient and where. Filled by
 * imports (an EHR's practitioner and hospital lists); shared by all practices.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.careloop.directory;
