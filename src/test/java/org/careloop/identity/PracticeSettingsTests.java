package org.careloop.identity;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;

import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice's address, phone, group NPI, tax id and time zone, set by the administrator and checked field by field;
 * the pages show times in the practice's zone, which no template hard-codes any more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PracticeSettingsTests {

    @LocalServerPort
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    WebSession admin;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Settings");
        team.admin();
        admin = team.signIn("admin." + team.tag);
        admin.get("/admin/practices/" + team.practice);
    }

    @Test
    void badSettingsAreRefusedBesideEachFieldAndNothingIsStored() {
        HttpResponse<String> refused = admin.post("/admin/practices/" + team.practice, Map.of("address", "1 Main St",
                "phone", "call me", "groupNpi", "1234567890", "tin", "12-345", "timeZone", "Mars/Olympus_Mons",
                "version", "0"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"phone-error\"").contains("id=\"groupNpi-error\"")
                .contains("id=\"tin-error\"").contains("id=\"timeZone-error\"").doesNotContain("id=\"address-error\"");
        PracticeProfile unchanged = practices.profile(team.practice).orElseThrow();
        assertThat(unchanged.address()).isNull();
        assertThat(unchanged.version()).isZero();
    }

    @Test
    void settingsAreStoredWithTheTaxIdWrittenAsTheIrsWritesIt() {
        HttpResponse<String> saved = admin.post("/admin/practices/" + team.practice, Map.of("address",
                "12 Harbor Road, Hilo HI 96720", "phone", "(808) 555-0100", "groupNpi", "1245319599",
                "tin", "123456789", "timeZone", "Pacific/Honolulu", "version", "0"));

        assertThat(saved.statusCode()).isEqualTo(302);
        PracticeProfile profile = practices.profile(team.practice).orElseThrow();
        assertThat(profile.tin()).isEqualTo("12-3456789");
        assertThat(profile.groupNpi()).isEqualTo("1245319599");
        assertThat(profile.timeZone()).isEqualTo("Pacific/Honolulu");
        assertThat(practices.zoneOf(team.practice).getId()).isEqualTo("Pacific/Honolulu");
        assertThat(admin.post("/admin/practices/" + team.practice, Map.of("address", "", "phone", "", "groupNpi", "",
                "tin", "", "timeZone", "", "version", "0")).statusCode()).as("a stale form").isEqualTo(409);
    }

    @Test
    void theBillingMonthShowsWhenItWasClosedInThePracticesZone() {
        admin.post("/admin/practices/" + team.practice, Map.of("timeZone", "Pacific/Honolulu", "version", "0"));
        YearMonth month = YearMonth.now(CareTeam.ZONE);
        assertThat(team.biller().postJson("/api/billing/months/" + month + "/close?practice=" + team.practice,
                Map.of()).status()).isEqualTo(200);

        String page = team.signIn("biller." + team.tag).get("/billing?month=" + month + "&practice=" + team.practice).body();

        assertThat(page).contains("id=\"month-status\"").contains("HST").doesNotContain(" EST<").doesNotContain(" EDT<");
    }

    @Test
    void noTemplateHardCodesATimeZone() throws IOException {
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            assertThat(template.getContentAsString(StandardCharsets.UTF_8)).as(template.getFilename())
                    .doesNotContain("ZoneId).of(");
        }
    }
}
