package org.careloop.identity.internal;

import org.careloop.identity.Role;

/**
 * Who may see patients' clinical records: the roles that care for patients, and the administrator, who answers for
 * the audit trail. A biller needs none of it: the billing month, its statement, a patient's demographics and the
 * time entries behind a billed line are theirs ({@code /billing/{month}/patients/{id}} on the pages).
 */
final class ClinicalAccess {

    /**
     * Charts and their tabs, calls, time, enrollment, care plans, registration, the worklist, the provider's inbox,
     * clinical documents and hand-offs.
     */
    static final String[] PAGES = {"/patients", "/patients/**", "/care-plans/**", "/worklist", "/worklist/**",
            "/inbox", "/inbox/**", "/care-gaps", "/documents/**", "/handoffs/**"};

    /** What a biller reads on the API, for every method (the services refuse a biller's writes themselves). */
    static final String[] BILLING_DOCUMENTATION_API = {"/api/patients/*/time-entries", "/api/time-entries/**"};

    /**
     * The clinical API: patients and everything under them, care plans and their shares, enrollments, the worklist,
     * FHIR, clinical documents and hand-offs.
     */
    static final String[] API = {"/api/patients/**", "/api/care-plans/**", "/api/care-plan-templates/**",
            "/api/enrollments/**", "/api/worklist/**", "/api/care-gaps/**", "/fhir/**", "/api/documents/**",
            "/api/handoffs/**", "/api/care-plan-shares/**"};

    static final String[] ROLES = {Role.CARE_MANAGER.name(), Role.NURSE.name(), Role.PROVIDER.name(),
            Role.ADMIN.name()};

    private ClinicalAccess() {
    }
}
