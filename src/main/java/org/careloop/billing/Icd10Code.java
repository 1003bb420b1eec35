package org.careloop.billing;

/** An ICD-10-CM code and its title as CMS publishes it. */
public record Icd10Code(String code, String title) {
}
