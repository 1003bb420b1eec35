package org.careloop.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every default protocol at its edges, as seeded by the migration: the reading one step inside the threshold raises
 * nothing, the reading on it does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlertProtocolEdgeTests {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T08:00:00-05:00");
    static final ProtocolRules.Context HEART_FAILURE = new ProtocolRules.Context(List.of(), Set.of("heart_failure"), List.of());

    @Autowired
    AlertProtocols protocols;

    List<AlertProtocol> defaults;

    @BeforeEach
    void defaults() {
        defaults = protocols.inEffect(null, null, LocalDate.of(2026, 11, 30));
    }

    @Test
    void severeBloodPressureStartsAt180SystolicOr120Diastolic() {
        assertThat(fired(bp(179, 100))).isEmpty();
        assertThat(fired(bp(180, 100))).containsExactly("BP_SEVERE_HIGH");
        assertThat(fired(bp(150, 119))).isEmpty();
        assertThat(fired(bp(150, 120))).containsExactly("BP_SEVERE_HIGH");
        AlertProtocol severe = only("BP_SEVERE_HIGH");
        assertThat(severe.severity()).isEqualTo(AlertSeverity.URGENT);
        assertThat(severe.routePool()).isEqualTo("NURSE");
        assertThat(severe.dueInDays()).isZero();
        assertThat(severe.instruction()).contains("EMERGENCY: call 911");
        assertThat(severe.clinicalSource()).contains("ACC/AHA 2017");
    }

    @Test
    void lowSystolicIsBelow90() {
        assertThat(fired(bp(90, 60))).isEmpty();
        assertThat(fired(bp(89, 60))).containsExactly("BP_LOW");
    }

    @Test
    void glucoseLevelTwoBelow54IsUrgentAndLevelOneBelow70IsNextDayAndAbove300IsUrgent() {
        assertThat(fired(value(ReadingKind.GLUCOSE, "54", "mg/dL"))).containsExactly("GLUCOSE_LEVEL_1_LOW");
        assertThat(fired(value(ReadingKind.GLUCOSE, "53", "mg/dL"))).containsExactly("GLUCOSE_LEVEL_2_LOW");
        assertThat(fired(value(ReadingKind.GLUCOSE, "70", "mg/dL"))).isEmpty();
        assertThat(fired(value(ReadingKind.GLUCOSE, "69", "mg/dL"))).containsExactly("GLUCOSE_LEVEL_1_LOW");
        assertThat(fired(value(ReadingKind.GLUCOSE, "300", "mg/dL"))).isEmpty();
        assertThat(fired(value(ReadingKind.GLUCOSE, "301", "mg/dL"))).containsExactly("GLUCOSE_HIGH");
        AlertProtocol levelOne = only("GLUCOSE_LEVEL_1_LOW");
        assertThat(levelOne.severity()).isEqualTo(AlertSeverity.ROUTINE);
        assertThat(levelOne.dueInDays()).isEqualTo(1);
        assertThat(only("GLUCOSE_LEVEL_2_LOW").severity()).isEqualTo(AlertSeverity.URGENT);
        assertThat(levelOne.clinicalSource()).contains("ADA Standards of Care");
    }

    @Test
    void oxygenSaturationBelow88IsUrgent() {
        assertThat(fired(value(ReadingKind.SPO2, "88", "%"))).isEmpty();
        assertThat(fired(value(ReadingKind.SPO2, "87", "%"))).containsExactly("SPO2_LOW");
        assertThat(only("SPO2_LOW").clinicalSource()).contains("BTS");
    }

    @Test
    void heartFailureWeightGainOf2PoundsWithin24HoursButNotOver25() {
        Measurement today = weight("182.0", "lb", NOW);
        assertThat(fired(today, weights(weight("180.0", "lb", NOW.minusHours(24))))).containsExactly("HF_WEIGHT_GAIN_DAY");
        assertThat(fired(today, weights(weight("180.0", "lb", NOW.minusHours(25))))).isEmpty();
        assertThat(fired(today, weights(weight("180.1", "lb", NOW.minusHours(2))))).isEmpty();
    }

    @Test
    void heartFailureWeightGainOf5PoundsWithinSevenDaysButNotOverEight() {
        Measurement today = weight("185.0", "lb", NOW);
        assertThat(fired(today, weights(weight("180.0", "lb", NOW.minusDays(7))))).containsExactly("HF_WEIGHT_GAIN_WEEK");
        assertThat(fired(today, weights(weight("180.0", "lb", NOW.minusDays(7).minusHours(1))))).isEmpty();
        assertThat(fired(today, weights(weight("180.1", "lb", NOW.minusDays(6))))).isEmpty();
        // a gain of 5 lb in a day is one call, not two
        assertThat(fired(today, weights(weight("180.0", "lb", NOW.minusHours(12))))).containsExactly("HF_WEIGHT_GAIN_DAY");
    }

    @Test
    void weightsInKilogramsCountAsTheirPoundsAndOnlyForHeartFailure() {
        Measurement today = weight("80.9", "kg", NOW);
        assertThat(fired(today, weights(weight("80.0", "kg", NOW.minusHours(20))))).containsExactly("HF_WEIGHT_GAIN_DAY");
        assertThat(fired(today, weights(weight("80.1", "kg", NOW.minusHours(20))))).isEmpty();
        assertThat(ProtocolRules.judge(today, defaults, new ProtocolRules.Context(
                List.of(weight("80.0", "kg", NOW.minusHours(20))), Set.of("diabetes"), List.of()))).isEmpty();
    }

    @Test
    void aReadingOutsideTheCarePlanGoalIsRoutineWhenNothingMoreSevereFired() {
        ProtocolRules.Context goal = new ProtocolRules.Context(List.of(), Set.of(),
                List.of(new ProtocolRules.Goal("Blood pressure", "<", "130/80")));
        assertThat(ProtocolRules.judge(bp(128, 78), defaults, goal)).isEmpty();
        List<ProtocolRules.Finding> outside = ProtocolRules.judge(bp(142, 78), defaults, goal);
        assertThat(outside).extracting(f -> f.protocol().code()).containsExactly("CARE_PLAN_GOAL");
        assertThat(outside.get(0).protocol().severity()).isEqualTo(AlertSeverity.ROUTINE);
        assertThat(outside.get(0).detail()).isEqualTo("BP 142/78 outside the goal Blood pressure < 130/80");
        assertThat(ProtocolRules.judge(bp(184, 112), defaults, goal)).extracting(f -> f.protocol().code())
                .containsExactly("BP_SEVERE_HIGH");
    }

    @Test
    void theWorklistSaysWhenTheReadingWasTaken() {
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        OffsetDateTime afternoon = OffsetDateTime.parse("2026-11-30T15:00:00-05:00");
        assertThat(ReadingAlerts.when(NOW.minusHours(1), zone, afternoon)).isEqualTo("this morning");
        assertThat(ReadingAlerts.when(NOW.minusDays(1).plusHours(11), zone, afternoon)).isEqualTo("yesterday evening");
        assertThat(ReadingAlerts.when(NOW.minusDays(3), zone, afternoon)).isEqualTo("on Nov 27");
    }

    private List<String> fired(Measurement reading) {
        return ProtocolRules.judge(reading, defaults, ProtocolRules.Context.none()).stream()
                .map(finding -> finding.protocol().code()).toList();
    }

    private List<String> fired(Measurement reading, ProtocolRules.Context context) {
        return ProtocolRules.judge(reading, defaults, context).stream().map(finding -> finding.protocol().code()).toList();
    }

    private static ProtocolRules.Context weights(Measurement... earlier) {
        return new ProtocolRules.Context(List.of(earlier), HEART_FAILURE.conditionCategories(), List.of());
    }

    private AlertProtocol only(String code) {
        return defaults.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    static Measurement bp(int systolic, int diastolic) {
        return new Measurement(UUID.randomUUID(), ReadingKind.BLOOD_PRESSURE, BigDecimal.valueOf(systolic),
                BigDecimal.valueOf(diastolic), null, "mmHg", NOW);
    }

    static Measurement value(ReadingKind kind, String value, String unit) {
        return new Measurement(UUID.randomUUID(), kind, null, null, new BigDecimal(value), unit, NOW);
    }

    static Measurement weight(String value, String unit, OffsetDateTime at) {
        return new Measurement(UUID.randomUUID(), ReadingKind.WEIGHT, null, null, new BigDecimal(value), unit, at);
    }
}
