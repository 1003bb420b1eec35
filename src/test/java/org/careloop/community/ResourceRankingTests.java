package org.careloop.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.careloop.community.internal.ResourceRanking;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory ranks for one person: the ZIP code served first, then a place in it, then nearby, then the rest;
 * within each, the person's language, then open now, then the most recently verified. Each result says why.
 */
class ResourceRankingTests {

    /** A Wednesday at 10:30 in the practice's zone. */
    static final LocalDateTime WEDNESDAY_MORNING = LocalDateTime.of(2026, 12, 2, 10, 30);
    static final CommunityService.Hours WEEKDAYS = new CommunityService.Hours(
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final CommunityService.Hours SATURDAYS = new CommunityService.Hours(Set.of(DayOfWeek.SATURDAY),
            LocalTime.of(9, 0), LocalTime.of(12, 0));

    @Test
    void aServiceThatServesTheZipComesBeforeOneLocatedInItThenNearbyThenElsewhere() {
        List<RankedService> ranked = ResourceRanking.rank(List.of(
                service("Elsewhere pantry", List.of("01604"), "01604", List.of(), WEEKDAYS),
                service("Nearby pantry", List.of("01840"), "01840", List.of(), WEEKDAYS),
                service("Located pantry", List.of(), "01844", List.of(), WEEKDAYS),
                service("Serving pantry", List.of("01844", "01841"), "01604", List.of(), WEEKDAYS)),
                "01844", null, WEDNESDAY_MORNING, false);

        assertThat(ranked).extracting(r -> r.service().name())
                .containsExactly("Serving pantry", "Located pantry", "Nearby pantry", "Elsewhere pantry");
        assertThat(ranked).extracting(RankedService::area).containsExactly(RankedService.Area.SERVES_ZIP,
                RankedService.Area.IN_ZIP, RankedService.Area.NEARBY, RankedService.Area.ELSEWHERE);
        assertThat(ranked.get(0).explanation()).isEqualTo("Serves ZIP 01844 · Open now");
        assertThat(ranked.get(2).explanation()).startsWith("Nearby: serves or is located in the 018xx area");
        assertThat(ranked.get(3).explanation()).startsWith("Does not serve ZIP 01844");
    }

    @Test
    void withinTheSameAreaTheLanguageComesFirstThenOpenNowThenTheLatestVerification() {
        List<RankedService> ranked = ResourceRanking.rank(List.of(
                service("Closed, Spanish", List.of("01844"), "01844", List.of("English", "es"), SATURDAYS),
                service("Open, English only", List.of("01844"), "01844", List.of("English"), WEEKDAYS),
                service("Open, Spanish", List.of("01844"), "01844", List.of("Spanish"), WEEKDAYS)),
                "01844", "Spanish (Mexico)", WEDNESDAY_MORNING, false);

        assertThat(ranked).extracting(r -> r.service().name())
                .containsExactly("Open, Spanish", "Closed, Spanish", "Open, English only");
        assertThat(ranked.get(1).explanation()).isEqualTo("Serves ZIP 01844 · Speaks Spanish · Closed now");
        assertThat(ranked.get(2).explanation()).isEqualTo("Serves ZIP 01844 · Spanish not listed · Open now");
    }

    @Test
    void openNowOnlyLeavesOutClosedServicesAndThoseWithoutHours() {
        List<RankedService> ranked = ResourceRanking.rank(List.of(
                service("Saturday pantry", List.of("01844"), "01844", List.of(), SATURDAYS),
                service("No hours", List.of("01844"), "01844", List.of()),
                service("Weekday pantry", List.of("01844"), "01844", List.of(), WEEKDAYS)),
                null, null, WEDNESDAY_MORNING, true);

        assertThat(ranked).extracting(r -> r.service().name()).containsExactly("Weekday pantry");
        assertThat(ranked.get(0).explanation()).isEqualTo("Open now");
    }

    @Test
    void aLanguageCodeAndItsNameAreTheSameLanguage() {
        assertThat(LanguageNames.nameOf("es-MX")).isEqualTo("Spanish");
        assertThat(LanguageNames.nameOf("English (United States)")).isEqualTo("English");
        assertThat(LanguageNames.nameOf("haitian Creole")).isEqualTo("Haitian Creole");
        assertThat(LanguageNames.codeOf("Vietnamese")).contains("vi");
    }

    static CommunityService service(String name, List<String> zips, String placeZip, List<String> languages,
                                    CommunityService.Hours... hours) {
        return new CommunityService(UUID.randomUUID(), UUID.randomUUID(), name, new CommunityService.Organization(
                UUID.randomUUID(), name + " org", null, null, List.of()), name, null, null, null, "active", null, null,
                List.of(ServiceCategory.FOOD), languages, zips, List.of(), LocalDate.of(2026, 10, 1), 0,
                List.of(new CommunityService.Place(UUID.randomUUID(), "Main", "1 Main St", "Town", "MA", placeZip, List.of())),
                List.of(hours));
    }
}
