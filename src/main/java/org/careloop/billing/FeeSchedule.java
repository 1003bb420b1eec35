package org.careloop.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.billing.internal.ClaimDetails;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's fee schedule: the charge for one unit of each CPT/HCPCS code, from a day on. Administrators set
 * it; the statement's charge is the fee in force on the date of service times the units.
 */
@Service
public class FeeSchedule {

    /** A fee with no start day applies to every date of service until a later one. */
    static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);

    /** One fee: {@code cents} for one unit of {@code cpt} from {@code effectiveFrom}. */
    public record Fee(String cpt, long cents, LocalDate effectiveFrom, String setBy, OffsetDateTime setAt) {
    }

    private final ClaimDetails claims;
    private final Callers callers;
    private final Clock clock;

    FeeSchedule(ClaimDetails claims, Callers callers, Clock clock) {
        this.claims = claims;
        this.callers = callers;
        this.clock = clock;
    }

    public List<Fee> fees(UUID practiceId) {
        BillingMonths.billerOrAdmin(callers, practiceId);
        return claims.fees(practiceId).stream()
                .map(f -> new Fee(f.cpt(), f.cents(), f.effectiveFrom(), f.setBy(), f.setAt())).toList();
    }

    @Transactional
    public Fee set(UUID practiceId, String cpt, Long cents, LocalDate effectiveFrom) {
        Caller caller = callers.current();
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        if (!caller.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator sets the practice's fees");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (cpt == null || !cpt.matches("[0-9A-Z]{5}")) {
            problems.put("cpt", "must be a five-character CPT or HCPCS code such as 99490");
        }
        if (cents == null || cents < 0 || cents > 10_000_000) {
            problems.put("cents", "must be the charge for one unit in cents, 0 to 10000000");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), Map.copyOf(problems));
        }
        LocalDate from = effectiveFrom == null ? ALWAYS : effectiveFrom;
        OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        claims.setFee(practiceId, cpt, cents, from, caller.username(), at);
        return new Fee(cpt, cents, from, caller.username(), at);
    }
}
