/**
 * The clinicians, organizations and places patient records point to: who saw the patient and where. Filled by
 * imports (an EHR's practitioner and hospital lists); shared by all practices.
 */
package org.careloop.directory;
