package org.careloop.careplan;

/** How the patient or caregiver received their copy of the plan (CMS accepts any format, paper included). */
public enum CopyMethod {
    MAIL, PORTAL, IN_PERSON, EMAIL, FAX
}
