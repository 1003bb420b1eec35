package org.careloop.appointment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.community.HsdsPackages;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An appointment's ride may be the patient's referral to a transport service: the call page and the worklist read
 * "ride: referral to <service> (<status>)"; a referral of another patient, or to another kind of service, is refused
 * naming the field and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentRideReferralTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    CareTeam team;
    UUID patient;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Ride practice");
        HsdsPackages.importDemo(team.admin(), team.practice);
        patient = team.enrolledPatient("Moreau", "Celine");
    }

    @Test
    void aRideBookedThroughATransportReferralShowsTheServiceAndWhereTheReferralStands() {
        String ride = refer(patient, "transportation", "Rides to Medical Appointments");
        JsonNode appointment = schedule(patient, Map.of("kind", "SPECIALIST", "purpose", "cardiology",
                "startsAt", OffsetDateTime.now(CareTeam.ZONE).plusDays(2).toString(), "location", "Heart Center"));
        Api.Response booked = team.careManager.putJson("/api/appointments/" + appointment.get("id").asString()
                + "/transportation", Map.of("version", 0, "arrangement", "TRANSPORT_SERVICE", "referralId", ride));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(200);
        assertThat(booked.json().get("transportation").get("referralId").asString()).isEqualTo(ride);

        String call = team.signIn(team.careManagerUsername()).get("/patients/" + patient + "/call").body();
        assertThat(call).contains("at Heart Center — ride: referral to Rides to Medical Appointments (sent)");
        JsonNode row = team.careManager.get("/api/worklist").json().valueStream()
                .filter(r -> r.get("patientId").asString().equals(patient.toString())).findFirst().orElseThrow();
        assertThat(row.get("reasons").toString()).contains("ride: referral to Rides to Medical Appointments (sent)");

        JsonNode scheduled = schedule(patient, Map.of("kind", "LAB", "startsAt",
                OffsetDateTime.now(CareTeam.ZONE).plusDays(3).toString(), "transport", "TRANSPORT_SERVICE",
                "transportReferralId", ride));
        assertThat(scheduled.get("transportation").get("referralId").asString()).isEqualTo(ride);
    }

    @Test
    void anotherPatientsReferralOrOneToAnotherKindOfServiceIsRefusedNamingTheField() {
        UUID other = team.enrolledPatient("Okafor", "Ben");
        String theirs = refer(other, "transportation", "Rides to Medical Appointments");
        String food = refer(patient, "food", "Weekly Food Pantry");
        JsonNode appointment = schedule(patient, Map.of("kind", "LAB",
                "startsAt", OffsetDateTime.now(CareTeam.ZONE).plusDays(2).toString()));
        String path = "/api/appointments/" + appointment.get("id").asString() + "/transportation";
        for (String wrong : new String[] {theirs, food}) {
            Api.Response refused = team.careManager.putJson(path, Map.of("version", 0,
                    "arrangement", "TRANSPORT_SERVICE", "referralId", wrong));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.text()).contains("\"field\":\"referralId\"");
        }
        Api.Response refused = team.careManager.postJson("/api/patients/" + patient + "/appointments", Map.of(
                "kind", "LAB", "startsAt", OffsetDateTime.now(CareTeam.ZONE).plusDays(4).toString(),
                "transport", "TRANSPORT_SERVICE", "transportReferralId", theirs));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"transportReferralId\"");
        JsonNode after = team.careManager.get("/api/appointments/" + appointment.get("id").asString()).json();
        assertThat(after.get("version").asInt()).isZero();
        assertThat(after.get("transportation").isNull()).isTrue();
        assertThat(team.careManager.get("/api/patients/" + patient + "/appointments").json().size()).isEqualTo(1);
    }

    @Test
    void theAppointmentsPageBooksTheRideThroughOneOfThePatientsTransportReferrals() {
        String ride = refer(patient, "transportation", "Rides to Medical Appointments");
        JsonNode appointment = schedule(patient, Map.of("kind", "LAB",
                "startsAt", OffsetDateTime.now(CareTeam.ZONE).plusDays(2).toString()));
        String id = appointment.get("id").asString();
        WebSession web = team.signIn(team.careManagerUsername());
        assertThat(web.get("/patients/" + patient + "/appointments").body())
                .contains("id=\"appt-" + id + "-ride-referral\"")
                .contains("referral to Rides to Medical Appointments (sent)</option>");
        web.post("/patients/" + patient + "/appointments/" + id + "/transportation", Map.of("version", "0",
                "arrangement", "TRANSPORT_SERVICE", "referralId", ride));
        assertThat(team.careManager.get("/api/appointments/" + id).json().get("transportation").get("referralId")
                .asString()).isEqualTo(ride);
    }

    private String refer(UUID of, String category, String service) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceId", HsdsPackages.service(team.careManager, category, service).get("id").asString());
        body.put("category", category);
        body.put("request", "Please help with this patient's need");
        body.put("consent", Map.of("what", "Name and phone number", "withWhom", "the service's intake staff",
                "givenOn", LocalDate.now(CareTeam.ZONE).toString()));
        body.put("delivery", "PRINT");
        Api.Response sent = team.careManager.postJson("/api/patients/" + of + "/referrals", body);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.json().get("id").asString();
    }

    private JsonNode schedule(UUID of, Map<String, Object> fields) {
        Api.Response created = team.careManager.postJson("/api/patients/" + of + "/appointments", new HashMap<>(fields));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }
}
