package org.careloop.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's hospital stays give the care manager transitions in every state, at the top of the worklist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoTransitionsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    DemoTransitions demoTransitions;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void theDemoDischargesAreDueOverdueAttemptedWaitingForTheVisitCompleteAndAnEdVisit() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Demo transitions practice " + tag).id();
        UUID careManager = staff.hire("cm." + tag, "CM " + tag, "pw-" + tag, null, "RN", List.of(Role.CARE_MANAGER),
                Set.of(practice)).id();
        staff.hire("dr." + tag, "Dr " + tag, "pw-" + tag, "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice));
        Api cm = Api.at(port).as("cm." + tag, "pw-" + tag);
        for (int i = 0; i < 20; i++) {
            cm.postJson("/api/patients", Map.of("familyName", "Stay" + (char) ('A' + i), "givenNames", "Pat",
                    "birthDate", "1949-03-0" + (1 + i % 9), "sex", "male", "assignedCareManagerId", careManager.toString()));
        }

        demoTransitions.prepare(practice, "cm." + tag, "dr." + tag);

        List<JsonNode> worklist = cm.get("/api/worklist").json().valueStream().toList();
        List<String> first = worklist.stream().map(row -> row.get("reasons").get(0).asString()).toList();
        assertThat(first).anyMatch(reason -> reason.matches("Discharged \\w{3} from Mercy General Hospital — contact by \\w{3}"))
                .anyMatch(reason -> reason.contains("— contact overdue since"))
                .anyMatch(reason -> reason.contains("— 2 attempts documented; face-to-face visit by"))
                .anyMatch(reason -> reason.matches(".* — face-to-face visit by \\w{3} \\d+ \\(\\w{3} \\d+ if high complexity\\)"))
                .anyMatch(reason -> reason.startsWith("ED visit") && reason.contains("St. Luke's Emergency Department"));
        List<String> statuses = worklist.stream().flatMap(row -> cm.get("/api/patients/"
                + row.get("patientId").asString() + "/transitions").json().valueStream())
                .map(transition -> transition.get("status").asString()).toList();
        assertThat(statuses).contains("OPEN", "MISSED", "ATTEMPTS_DOCUMENTED", "CONTACTED");
        assertThat(worklist).hasSize(5).as("the completed transition asks nothing more");
    }
}
