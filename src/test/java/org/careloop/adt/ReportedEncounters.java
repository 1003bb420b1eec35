package org.careloop.adt;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.careloop.transition.HospitalEncounterReported;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/** Listens as the transition module will: every hospital encounter the feeds report, per practice. */
@TestConfiguration(proxyBeanMethods = false)
public class ReportedEncounters {

    private final List<HospitalEncounterReported> reported = new CopyOnWriteArrayList<>();

    @EventListener
    void on(HospitalEncounterReported encounter) {
        reported.add(encounter);
    }

    /** What was reported for the practice's patients, in order. */
    public List<HospitalEncounterReported> of(UUID practiceId) {
        return reported.stream().filter(e -> e.practiceId().equals(practiceId)).toList();
    }
}
