package org.careloop.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.careloop.CommandLineTool;
import org.careloop.identity.PasswordPolicy;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar create-admin --username NAME --name "Full Name" --practice "Practice"}: the first
 * administrator of a fresh installation. The password comes from {@value #PASSWORD_VARIABLE} or, when that is not
 * set, from the first line of standard input, never from the command line (which other users of the machine can
 * see). Opens the practice when it does not exist. Refused (exit 1) once anyone is an administrator; exit 2 on a
 * usage error or a password the policy refuses.
 */
@Component
class CreateAdminCommand implements CommandLineTool {

    static final String PASSWORD_VARIABLE = "CARELOOP_ADMIN_PASSWORD";

    private final Staff staff;
    private final Practices practices;
    private final MessageSource messages;
    private final Function<String, String> environment;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    @Autowired
    CreateAdminCommand(Staff staff, Practices practices, MessageSource messages) {
        this(staff, practices, messages, System::getenv, System.in, System.out, System.err);
    }

    CreateAdminCommand(Staff staff, Practices practices, MessageSource messages, Function<String, String> environment,
                       InputStream in, PrintStream out, PrintStream err) {
        this.staff = staff;
        this.practices = practices;
        this.messages = messages;
        this.environment = environment;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public int run(String... arguments) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < arguments.length && arguments[i].startsWith("--"); i += 2) {
            options.put(arguments[i], arguments[i + 1]);
        }
        String username = options.getOrDefault("--username", "").trim();
        String displayName = options.getOrDefault("--name", "").trim();
        String practiceName = options.getOrDefault("--practice", "").trim();
        if (arguments.length % 2 != 0 || options.size() != 3 || username.isEmpty() || displayName.isEmpty()
                || practiceName.isEmpty()) {
            err.println("Usage: create-admin --username NAME --name \"Full Name\" --practice \"Practice name\""
                    + " (password from " + PASSWORD_VARIABLE + " or the first line of standard input)");
            return 2;
        }
        if (!username.matches("[A-Za-z0-9._-]{3,40}")) {
            err.println("--username: use 3 to 40 letters, digits, dots, dashes or underscores.");
            return 2;
        }
        if (staff.anyAdministrator()) {
            err.println("Refused: an administrator exists already; add further people on the Administration page.");
            return 1;
        }
        String password = password();
        Optional<PasswordPolicy.Refusal> refusal = PasswordPolicy.refusal(username, password);
        if (refusal.isPresent()) {
            err.println("password: " + messages.getMessage(refusal.get().messageKey(),
                    new Object[] {PasswordPolicy.MINIMUM_LENGTH}, Locale.ENGLISH));
            return 2;
        }
        if (staff.findByUsername(username).isPresent()) {
            err.println("--username: " + username + " is taken already.");
            return 2;
        }
        var practice = practices.open(practiceName);
        return staff.hireFirstAdministrator(username, displayName, password, practice.id()).map(admin -> {
            out.println("Created the administrator " + admin.username() + " in " + practice.name() + ".");
            return 0;
        }).orElseGet(() -> {
            err.println("Refused: an administrator exists already; add further people on the Administration page.");
            return 1;
        });
    }

    private String password() {
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
