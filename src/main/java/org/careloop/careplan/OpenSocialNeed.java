package org.careloop.careplan;

/**
 * A social need on the patient's living care plans that is not met yet: its SDOH domain (as the AHC HRSN screen
 * names it, for example {@code food-insecurity}), the plan's words for it, and how far it is met so far (null when
 * nothing came back yet, else PARTLY_MET or UNMET).
 */
public record OpenSocialNeed(String sdohDomain, String description, NeedStatus status) {
}
