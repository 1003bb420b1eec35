package org.careloop.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code careloop.jar create-admin}: the first administrator of an installation without demo data, with the password
 * from the environment or standard input, refused once anyone is an administrator. The tests that need a database
 * without administrators take them away inside a transaction that is rolled back.
 */
@SpringBootTest
class CreateAdminCommandTests {

    static final String PASSWORD = "a long first password";

    @Autowired
    Staff staff;

    @Autowired
    Practices practices;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void isRefusedInOneSentenceOnceAnAdministratorExistsAndStoresNothing() {
        assertThat(staff.anyAdministrator()).isTrue(); // the demo administrator

        int status = command(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), "")
                .run("--username", "first." + tag, "--name", "First Admin", "--practice", "New Clinic " + tag);

        assertThat(status).isEqualTo(1);
        assertThat(err()).isEqualTo("Refused: an administrator exists already; add further people on the Administration page.");
        assertThat(staff.findByUsername("first." + tag)).isEmpty();
        assertThat(practices.findByName("New Clinic " + tag)).isEmpty();
    }

    @Test
    @Transactional
    void onAFreshInstallationCreatesTheAdministratorAndThePracticeWithThePasswordFromStandardInput() {
        withoutAdministrators();

        int status = command(Map.of(), PASSWORD + "\n")
                .run("--username", "first." + tag, "--name", "First Admin", "--practice", "New Clinic " + tag);

        assertThat(status).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Created the administrator first." + tag);
        Staff.Person admin = staff.findByUsername("first." + tag).orElseThrow();
        assertThat(staff.rolesOf(admin.id())).containsExactly(org.careloop.identity.Role.ADMIN);
        assertThat(jdbc.sql("""
                select count(*) from practice_member m join practice p on p.id = m.practice_id
                 where m.user_id = ? and p.name = ?""").params(admin.id(), "New Clinic " + tag).query(Long.class).single())
                .isOne();
        assertThat(encoder.matches(PASSWORD, jdbc.sql("select password_hash from app_user where id = ?")
                .param(admin.id()).query(String.class).single())).isTrue();

        assertThat(command(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), "")
                .run("--username", "second." + tag, "--name", "Second", "--practice", "New Clinic " + tag))
                .as("a second run is refused").isEqualTo(1);
    }

    @Test
    @Transactional
    void takesThePasswordFromTheEnvironmentAndRefusesOneThePolicyRefusesNamingTheField() {
        withoutAdministrators();

        int weak = command(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, "password1234"), "")
                .run("--username", "first." + tag, "--name", "First Admin", "--practice", "New Clinic " + tag);

        assertThat(weak).isEqualTo(2);
        assertThat(err()).startsWith("password: ").contains("attackers try first");
        assertThat(staff.findByUsername("first." + tag)).isEmpty();

        err.reset();
        assertThat(command(Map.of(CreateAdminCommand.PASSWORD_VARIABLE, PASSWORD), "")
                .run("--username", "first." + tag, "--name", "First Admin", "--practice", "New Clinic " + tag)).isZero();
    }

    @Test
    void neverTakesThePasswordFromTheCommandLine() {
        int status = command(Map.of(), "").run("--username", "first." + tag, "--name", "First Admin",
                "--practice", "New Clinic " + tag, "--password", PASSWORD);

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("Usage: create-admin");
    }

    private void withoutAdministrators() {
        jdbc.sql("delete from user_role where role = 'ADMIN'").update();
    }

    private CreateAdminCommand command(Map<String, String> environment, String standardInput) {
        return new CreateAdminCommand(staff, practices, messages, environment::get,
                new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).trim();
    }
}
