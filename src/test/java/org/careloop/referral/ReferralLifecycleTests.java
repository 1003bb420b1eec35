package org.careloop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careplan.NeedStatus;
import org.careloop.community.ServiceCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A referral owns its moves: SENT → ACCEPTED or DECLINED → SERVICE_PROVIDED or NOT_PROVIDED, SENT → NO_RESPONSE, a
 * late answer after NO_RESPONSE. Illegal moves are refused naming the current status; stale ones as such.
 */
class ReferralLifecycleTests {

    static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aReferralIsSentAcceptedAndClosedWithItsOutcomeEveryMoveKeptWithWhenAndWho() {
        Referral referral = sent(Delivery.EMAIL, "intake@food.example.org");
        referral.accept(0, "First visit Tuesday", "cm.rivera", NOW.plusSeconds(60));
        referral.recordOutcome(1, true, NeedStatus.MET, "Groceries weekly", "cm.rivera", NOW.plusSeconds(120));

        assertThat(referral.status()).isEqualTo(ReferralStatus.SERVICE_PROVIDED);
        assertThat(referral.version()).isEqualTo(2);
        assertThat(referral.needStatus()).isEqualTo(NeedStatus.MET);
        assertThat(referral.closedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(referral.pullNewMoves()).extracting(ReferralView.Move::status, ReferralView.Move::by, ReferralView.Move::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReferralStatus.SENT, "cm.rivera", "E-mailed to intake@food.example.org"),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.ACCEPTED, "cm.rivera", "First visit Tuesday"),
                        org.assertj.core.groups.Tuple.tuple(ReferralStatus.SERVICE_PROVIDED, "cm.rivera", "Need met: Groceries weekly"));
        assertThat(referral.pullEvents()).hasAtLeastOneElementOfType(ReferralSent.class)
                .hasAtLeastOneElementOfType(ReferralClosed.class);
    }

    @Test
    void aServiceCannotBeProvidedBeforeItWasAcceptedNorAnswerAClosedReferral() {
        Referral referral = sent(Delivery.PRINT, null);
        assertThatThrownBy(() -> referral.recordOutcome(0, true, NeedStatus.MET, null, "cm", NOW))
                .isInstanceOf(RefusedTransition.class).hasMessage("The referral is SENT and cannot become SERVICE_PROVIDED");
        referral.decline(0, "Not eligible: lives outside the service area", "cm", NOW);
        assertThatThrownBy(() -> referral.accept(1, null, "cm", NOW)).isInstanceOf(RefusedTransition.class)
                .hasMessage("The referral is DECLINED and cannot become ACCEPTED; it is closed");
    }

    @Test
    void aStaleAnswerIsRefusedAndADeclineNeedsItsReason() {
        Referral referral = sent(Delivery.PRINT, null);
        assertThatThrownBy(() -> referral.accept(3, null, "cm", NOW)).isInstanceOf(StaleVersion.class)
                .hasMessageContaining("at version 0, not 3");
        assertThatThrownBy(() -> referral.decline(0, " ", "cm", NOW)).isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).fields()).containsKey("reason"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aReferralNobodyAnsweredTakesALateAnswerOrClosesAsNotProvided() {
        Referral late = sent(Delivery.PRINT, null);
        UUID task = UUID.randomUUID();
        late.markUnanswered(5, TODAY.plusDays(7), task, NOW);
        assertThat(late.status()).isEqualTo(ReferralStatus.NO_RESPONSE);
        assertThat(late.followUpTaskId()).isEqualTo(task);
        assertThatThrownBy(() -> late.markUnanswered(5, TODAY, UUID.randomUUID(), NOW))
                .isInstanceOf(RefusedTransition.class).hasMessageStartingWith("The referral is NO_RESPONSE");
        late.accept(1, "Called them: they had lost the fax", "cm", NOW);
        assertThat(late.status()).isEqualTo(ReferralStatus.ACCEPTED);

        Referral silent = sent(Delivery.PRINT, null);
        silent.markUnanswered(5, TODAY.plusDays(7), task, NOW);
        assertThatThrownBy(() -> silent.recordOutcome(1, true, NeedStatus.MET, null, "cm", NOW))
                .isInstanceOf(RefusedTransition.class);
        assertThatThrownBy(() -> silent.recordOutcome(1, false, null, null, "cm", NOW))
                .isInstanceOf(InvalidRequest.class);
        silent.recordOutcome(1, false, NeedStatus.UNMET, "Never reached them", "cm", NOW);
        assertThat(silent.status()).isEqualTo(ReferralStatus.NOT_PROVIDED);
    }

    @Test
    void nothingIsSentWithoutTheConsentToShareOrAnIntakeAddressForAnEmail() {
        assertThatThrownBy(() -> Referral.send(details(new ConsentToShare("name and need", " ", TODAY)),
                new Referral.Sending(Delivery.PRINT, null, TODAY, NOW, "cm")))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("consent to share");
        assertThatThrownBy(() -> Referral.send(details(consent()), new Referral.Sending(Delivery.EMAIL, null, TODAY, NOW, "cm")))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("no intake e-mail address");
        assertThatThrownBy(() -> Referral.send(details(new ConsentToShare("name", "intake", TODAY.plusDays(1))),
                new Referral.Sending(Delivery.PRINT, null, TODAY, NOW, "cm")))
                .isInstanceOf(RefusedTransition.class).hasMessageContaining("given later");
    }

    static Referral sent(Delivery delivery, String to) {
        return Referral.send(details(consent()), new Referral.Sending(delivery, to, TODAY, NOW, "cm.rivera"));
    }

    static ConsentToShare consent() {
        return new ConsentToShare("name, phone and the food need", "the pantry's intake staff", TODAY);
    }

    static Referral.Details details(ConsentToShare consent) {
        return new Referral.Details(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Weekly Food Pantry",
                "Merrimack Valley Community Food Bank", ServiceCategory.FOOD, "food-insecurity", "Food ran out",
                "Groceries for two this week", consent, Urgency.ROUTINE, UUID.randomUUID());
    }
}
