package org.careloop.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.identity.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The billing and administration pages through MVC: who may use them, CSRF, and the import without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminAndBillingPagesTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    UUID practice;
    StaffMember admin;
    StaffMember biller;
    StaffMember careManager;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        practice = practices.open("Pages practice " + tag).id();
        admin = member("admin." + tag, Role.ADMIN);
        biller = member("biller." + tag, Role.BILLER);
        careManager = member("cm." + tag, Role.CARE_MANAGER);
    }

    @Test
    void onlyBillersAndAdministratorsSeeTheBillingMonthAndOnlyAdministratorsTheAdminPages() throws Exception {
        mvc.perform(get("/billing").with(user(careManager))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(careManager))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(user(biller))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/import").with(user(biller))).andExpect(status().isForbidden());
        mvc.perform(get("/billing").with(user(biller))).andExpect(status().isOk());
        mvc.perform(get("/billing").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/conditions").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void closingWithoutTheCsrfTokenIsRefusedAndTheMonthStaysOpen() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("America/New_York"));
        mvc.perform(post("/billing/" + month + "/close").param("practice", practice.toString()).with(user(biller)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from billing_month where practice_id = ? and status = 'CLOSED'")
                .param(practice).query(Long.class).single()).isZero();
    }

    @Test
    void theCsvDownloadFromThePageIsTheStatementAndIsRecordedAsAnExport() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("America/New_York"));
        String csv = mvc.perform(get("/billing/" + month + "/statement.csv").param("practice", practice.toString())
                        .with(user(biller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("patient,mrn,dob,medicare_id,rendering_npi,billing_npi,tin,place_of_service,code,units,"
                + "charge,date_of_service,diagnosis_1,diagnosis_2,diagnosis_3,diagnosis_4,minutes,explanation");
    }

    @Test
    void aBlankPracticeNameIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/admin/practices").param("name", "  ").with(user(admin)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"practice-name-error\"")));
    }

    @Test
    void withoutJavaScriptTheImportTakesAllFilesAtOnceDirectoryFirst() throws Exception {
        String page = mvc.perform(multipart("/admin/import")
                        .file(fixture("b544c19e-8476-1e14-c568-5faa9c3940d0.json.gz"))
                        .file(fixture("directory.json.gz"))
                        .param("practice", practice.toString()).with(user(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("data-file=\"directory.json.gz\"")).isPositive()
                .isLessThan(page.indexOf("data-file=\"b544c19e-8476-1e14-c568-5faa9c3940d0.json.gz\""));
        assertThat(page).contains("Patient: 1").doesNotContain("Failed, nothing stored");
        assertThat(jdbc.sql("select count(*) from patient where practice_id = ?").param(practice).query(Long.class).single())
                .isOne();
    }

    private StaffMember member(String username, Role role) {
        Staff.Person person = staff.hire(username, username, "pw-" + username, null, null, List.of(role), Set.of(practice));
        return new StaffMember(person.id(), username, username, "", null, true, Set.of(role), Set.of(practice));
    }

    private static MockMultipartFile fixture(String name) throws IOException {
        try (InputStream in = AdminAndBillingPagesTests.class.getResourceAsStream("/fhir/" + name)) {
            return new MockMultipartFile("files", name, "application/gzip", in.readAllBytes());
        }
    }
}
