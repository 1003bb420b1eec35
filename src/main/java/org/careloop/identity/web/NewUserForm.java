package org.careloop.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Npi;
import org.careloop.identity.Role;

/** The administrator's "add a user" form, as typed. {@link #problems} names each bad field with a message key. */
record NewUserForm(String username, String displayName, String password, String credential, String npi,
                   List<Role> roles, List<UUID> practices) {

    static final int MINIMUM_PASSWORD = 12;

    NewUserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        practices = practices == null ? List.of() : List.copyOf(practices);
    }

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "", "", List.of(), List.of());
    }

    Map<String, String> problems(boolean usernameTaken) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(username) || !username.trim().matches("[A-Za-z0-9._-]{3,40}")) {
            problems.put("username", "admin.user.username.invalid");
        } else if (usernameTaken) {
            problems.put("username", "admin.user.username.taken");
        }
        if (blank(displayName)) {
            problems.put("displayName", "admin.user.displayName.required");
        }
        if (password == null || password.length() < MINIMUM_PASSWORD) {
            problems.put("password", "admin.user.password.short");
        }
        if (roles.isEmpty()) {
            problems.put("roles", "admin.user.roles.required");
        }
        if (practices.isEmpty()) {
            problems.put("practices", "admin.user.practices.required");
        }
        if (!blank(npi) && !Npi.valid(npi.trim())) {
            problems.put("npi", "admin.user.npi.invalid");
        } else if (blank(npi) && roles.contains(Role.PROVIDER)) {
            problems.put("npi", "admin.user.npi.required");
        }
        return problems;
    }

    String cleanNpi() {
        return blank(npi) ? null : npi.trim();
    }

    String cleanCredential() {
        return blank(credential) ? null : credential.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
