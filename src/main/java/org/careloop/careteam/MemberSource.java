package org.careloop.careteam;

/** Where a member of the care team comes from, and so who changes it. */
public enum MemberSource {
    /** Added to the care team in CareLoop: edited and ended here. */
    CARE_TEAM,
    /** The billing practitioner of an enrollment: changed on the enrollment. */
    ENROLLMENT,
    /** The care manager the patient is assigned to in the registry: changed on the patient's record. */
    REGISTRY,
    /** A member of a care team an EHR sent: kept as the EHR sent it. */
    EHR
}
