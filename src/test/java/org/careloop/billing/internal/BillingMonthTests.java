package org.careloop.billing.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.billing.BillingMonthClosed;
import org.careloop.billing.BillingMonthReopened;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BillingMonthTests {

    static final UUID PRACTICE = UUID.randomUUID();
    static final YearMonth OCTOBER = YearMonth.parse("2026-10");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-02T15:00:00Z");
    static final PracticeMonth.Evaluated EMPTY = new PracticeMonth.Evaluated(0, List.of(), List.of(), Set.of());

    final AtomicInteger evaluations = new AtomicInteger();

    PracticeMonth.Evaluated evaluate() {
        evaluations.incrementAndGet();
        return EMPTY;
    }

    BillingMonth closedOctober() {
        BillingMonth month = BillingMonth.open(PRACTICE, OCTOBER);
        month.close("biller.kim", NOW, this::evaluate);
        month.pullEvents();
        return month;
    }

    @Test
    void closingAnOpenMonthWritesStatementVersionOne() {
        BillingMonth month = BillingMonth.open(PRACTICE, OCTOBER);

        month.close("biller.kim", NOW, this::evaluate);

        assertThat(month.isClosed()).isTrue();
        assertThat(month.statementVersion()).isEqualTo(1);
        assertThat(month.pullEvents()).containsExactly(new BillingMonthClosed(PRACTICE, "2026-10", 1, 0, "biller.kim"));
    }

    @Test
    void aClosedMonthIsNotClosedTwiceNorEvaluatedAgain() {
        BillingMonth month = closedOctober();

        assertThatThrownBy(() -> month.close("biller.kim", NOW, this::evaluate))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("2026-10 is already closed (statement version 1); an administrator must re-open it first");
        assertThat(evaluations).hasValue(1);
        assertThat(month.pullEvents()).isEmpty();
    }

    @Test
    void anOpenMonthHasNothingToReopen() {
        assertThatThrownBy(() -> BillingMonth.open(PRACTICE, OCTOBER).reopen("admin.ng", NOW, "late entries"))
                .isInstanceOf(RefusedTransition.class)
                .hasMessage("2026-10 is open; there is nothing to re-open");
    }

    @Test
    void reopeningSaysWhyAndTheNextCloseWritesTheNextVersion() {
        BillingMonth month = closedOctober();

        month.reopen("admin.ng", NOW, " late entries ");
        assertThat(month.status()).isEqualTo(BillingMonth.Status.OPEN);
        assertThat(month.pullEvents()).containsExactly(
                new BillingMonthReopened(PRACTICE, "2026-10", "admin.ng", "late entries"));

        month.close("biller.kim", NOW, this::evaluate);
        assertThat(month.statementVersion()).isEqualTo(2);
    }

    @Test
    void reopeningWithoutAReasonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> closedOctober().reopen("admin.ng", NOW, " "))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).fields()).containsOnlyKeys("reason"));
    }
}
