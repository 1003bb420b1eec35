package org.careloop.identity.internal;

import org.careloop.identity.Role;

/**
 * The pages that show patients' clinical records: charts and their tabs, calls, time, enrollment, care plans,
 * registration, the worklist and the provider's inbox. Only the roles that care for patients open them, and the
 * administrator, who answers for the audit trail. A biller needs none of them: the billing month, its statement and
 * the time entries behind a billed line ({@code /billing/{month}/patients/{id}}) are theirs.
 */
final class ClinicalPages {

    static final String[] PATHS = {"/patients", "/patients/**", "/care-plans/**", "/worklist", "/worklist/**",
            "/inbox", "/inbox/**"};

    static final String[] ROLES = {Role.CARE_MANAGER.name(), Role.NURSE.name(), Role.PROVIDER.name(),
            Role.ADMIN.name()};

    private ClinicalPages() {
    }
}
