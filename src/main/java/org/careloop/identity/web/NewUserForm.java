package org.careloop.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Npi;
import org.careloop.identity.PasswordPolicy;
import org.careloop.identity.Role;

/** The administrator's "add a user" form, as typed. {@link #problems} names each bad field with a message key. */
record NewUserForm(String username, String displayName, String password, String credential, String npi,
                   List<Role> roles, List<UUID> practices) {

    static final int MINIMUM_PASSWORD = PasswordPolicy.MINIMUM_LENGTH;

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
        PasswordPolicy.refusal(username, password)
                .ifPresent(refusal -> problems.put("password", refusal.messageKey()));
        problems.putAll(personProblems(displayName, npi, roles, practices));
        return problems;
    }

    /** What is wrong with a person's name, NPI, roles and practices, as adding and editing a user check them. */
    static Map<String, String> personProblems(String displayName, String npi, List<Role> roles, List<UUID> practices) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (blank(displayName)) {
            problems.put("displayName", "admin.user.displayName.required");
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
        return clean(npi);
    }

    String cleanCredential() {
        return clean(credential);
    }

    /** The text trimmed, or null when nothing was typed. */
    static String clean(String text) {
        return blank(text) ? null : text.trim();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
