package org.careloop.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule of which screen follows which. */
class FollowUpScreensTests {

    @Test
    void aPositivePhq2AsksForAPhq9() {
        assertThat(FollowUpScreens.askedFor("phq-2", true)).contains("phq-9");
    }

    @Test
    void aNegativeScreenAsksForNothing() {
        assertThat(FollowUpScreens.askedFor("phq-2", false)).isEmpty();
        assertThat(FollowUpScreens.askedFor("phq-9", true)).isEmpty();
        assertThat(FollowUpScreens.askedFor("gad-7", true)).isEmpty();
    }

    @Test
    void aPhq9FollowsUpTheOpenPhq2AndNothingElseDoes() {
        assertThat(FollowUpScreens.followedUpBy("phq-9")).containsExactly("phq-2");
        assertThat(FollowUpScreens.followedUpBy("phq-2")).isEmpty();
        assertThat(FollowUpScreens.followedUpBy("ahc-hrsn")).isEmpty();
    }
}
