package org.careloop.identity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Role;
import org.careloop.identity.internal.AccountChanges;

/** The administrator's "edit a user" form, as typed, with the version of the account it was shown from. */
record EditUserForm(String displayName, String credential, String npi, List<Role> roles, List<UUID> practices,
                    int version) {

    EditUserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    static EditUserForm of(AccountChanges.Account account) {
        return new EditUserForm(account.displayName(), account.credential() == null ? "" : account.credential(),
                account.npi() == null ? "" : account.npi(), List.copyOf(account.roles()),
                List.copyOf(account.practiceIds()), account.version());
    }

    Map<String, String> problems() {
        return NewUserForm.personProblems(displayName, npi, roles, practices);
    }
}
