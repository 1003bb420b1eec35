package org.careloop.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.referral.ReferralStatus;
import org.careloop.referral.ReferralView;
import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo ships a community directory from an HSDS package and, after its month, a referral loop with a referral
 * in every state: the screened needs first, by hand after; the unanswered one with its follow-up task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoReferralsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DemoMonth demoMonth;

    @Autowired
    DemoDirectory demoDirectory;

    @Autowired
    DemoReferrals demoReferrals;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPracticeHasADirectoryAndAReferralInEveryState() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Demo referrals " + tag).id();
        UUID careManager = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER), Set.of(practice)).id();
        staff.hire("dr." + tag, "Dr " + tag, "pw-" + tag, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice));
        Api cm = Api.at(port).as("cm." + tag, "pw-" + tag);
        for (int i = 0; i < 10; i++) {
            Api.Response created = cm.postJson("/api/patients", Map.of("familyName", "Demo" + (char) ('A' + i), "givenNames", "Pat",
                    "birthDate", "1950-01-0" + (1 + i % 9), "sex", "female", "assignedCareManagerId", careManager.toString()));
            UUID patient = UUID.fromString(created.json().get("id").asString());
            jdbc.sql("insert into condition (id, patient_id, snomed_code, display, clinical_status) values (gen_random_uuid(), ?, '44054006', 'chronic', 'active')")
                    .param(patient).update();
            jdbc.sql("insert into condition (id, patient_id, snomed_code, display, clinical_status) values (gen_random_uuid(), ?, '59621000', 'chronic', 'active')")
                    .param(patient).update();
        }
        assertThat(demoDirectory.load(practice).services()).isEqualTo(16);
        demoMonth.prepare(practice, "cm." + tag, "dr." + tag);

        List<ReferralView> referrals = demoReferrals.prepare(practice, "cm." + tag);

        assertThat(referrals).extracting(ReferralView::status).containsExactlyInAnyOrder(ReferralStatus.values());
        assertThat(referrals).anyMatch(r -> r.needDomain() != null).anyMatch(r -> r.needDomain() == null);
        ReferralView unanswered = referrals.stream().filter(r -> r.status() == ReferralStatus.NO_RESPONSE).findFirst().orElseThrow();
        assertThat(unanswered.followUpTaskId()).isNotNull();
        assertThat(cm.get("/api/referrals/loop?practice=" + practice).json().get("total").get("sent").asInt()).isEqualTo(6);
    }
}
