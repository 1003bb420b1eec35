package org.careloop.billing;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.billing.internal.PracticeMonth;
import org.careloop.billing.internal.Prerequisites;
import org.springframework.stereotype.Service;

/**
 * What blocks a patient's care management from billing this month — no signed care plan, no consent, no
 * attestation — from the same prerequisites the month close refuses on, so a worklist and the statement agree.
 * The caller scopes the patients to its practice and audits what it shows.
 */
@Service
public class BillingReadiness {

    private final PracticeMonth practiceMonth;

    BillingReadiness(PracticeMonth practiceMonth) {
        this.practiceMonth = practiceMonth;
    }

    /** patient → the blockers in a few words ("no signed care plan"); patients with none are absent. */
    public Map<UUID, List<String>> blockersFor(UUID practiceId, Collection<UUID> patientIds, YearMonth month) {
        return practiceMonth.blockers(practiceId, patientIds, month).entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> entry.getValue().stream().map(Prerequisites.Blocker::words).toList()));
    }
}
