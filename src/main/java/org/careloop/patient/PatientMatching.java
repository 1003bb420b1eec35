package org.careloop.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Callers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds the patient a message from outside is about (a hospital's admission or discharge), among the patients of
 * one practice only: the practice the sender is registered to, or, for a person choosing the patient by hand, one of
 * the caller's practices. It answers every candidate it finds and never chooses between several: a wrong match would
 * put one patient's hospital stay in another's chart. A feed's lookup answers identities only and, like the gate's
 * scope check before a change, is not recorded by itself: what the feed then stores for the patient is
 * ({@link PatientGate#recordFeedChange}). What a person is shown to choose from is recorded as searched.
 */
@Service
public class PatientMatching {

    static final String RESOURCE = "Patient";
    private static final int MAX_RESEMBLING = 20;

    private final JdbcClient jdbc;
    private final Callers callers;
    private final PatientGate gate;

    PatientMatching(JdbcClient jdbc, Callers callers, PatientGate gate) {
        this.jdbc = jdbc;
        this.callers = callers;
        this.gate = gate;
    }

    /** A patient a person may choose for a message: who they are in the registry. */
    public record Candidate(UUID id, UUID practiceId, String mrn, String familyName, String givenNames,
                            LocalDate birthDate) {
    }

    /**
     * The practice's patients carrying the identifier; {@code system} null means the practice's own MRN (a hospital
     * that shares the practice's record system).
     */
    public List<UUID> byIdentifier(UUID practiceId, String system, String value) {
        // two index lookups, not a scan of the practice: every message of a feed asks
        return jdbc.sql("""
                select id from patient
                 where practice_id = :practice and mrn = :value
                   and (cast(:system as text) is null or :system = :mrnPrefix || practice_id || :mrnSuffix)
                union
                select p.id from patient_identifier i join patient p on p.id = i.patient_id
                 where i.system = :system and i.value = :value and p.practice_id = :practice
                 order by id""")
                .param("practice", practiceId).param("system", system).param("value", value)
                .param("mrnPrefix", PatientIdentifier.MRN_SYSTEM_PREFIX)
                .param("mrnSuffix", PatientIdentifier.MRN_SYSTEM_SUFFIX)
                .query(UUID.class).list();
    }

    /**
     * The practice's patients with exactly this family name, first given name and birth date (letter case aside):
     * the fallback when a sender's MRN is not known to the practice.
     */
    public List<UUID> byNameAndBirthDate(UUID practiceId, String familyName, String givenName, LocalDate birthDate) {
        return jdbc.sql("""
                select id from patient
                 where practice_id = ? and birth_date = ? and lower(family_name) = lower(?)
                   and lower(split_part(given_names, ' ', 1)) = lower(?)
                 order by id""")
                .params(practiceId, birthDate, familyName.strip(), givenName.strip().split("\\s+")[0])
                .query(UUID.class).list();
    }

    /**
     * Patients of one of the caller's practices a person might mean for a message: the same birth date, the same
     * family name or the same MRN, at most twenty, by name. Another practice is answered {@link NotFound}.
     */
    public List<Candidate> resembling(UUID practiceId, String familyName, LocalDate birthDate, String mrn) {
        if (!callers.current().worksIn(practiceId)) {
            throw gate.refuse(AuditAction.SEARCH, RESOURCE, null, "No practice " + practiceId);
        }
        List<Candidate> found = jdbc.sql("""
                select id, practice_id, mrn, family_name, given_names, birth_date from patient
                 where practice_id = :practice
                   and (birth_date = :birth or lower(family_name) = lower(cast(:family as text)) or mrn = :mrn)
                 order by lower(family_name), lower(given_names), birth_date, id
                 limit :limit""")
                .param("practice", practiceId).param("birth", birthDate).param("family", familyName)
                .param("mrn", mrn).param("limit", MAX_RESEMBLING)
                .query(Candidate.class).list();
        recordFound(practiceId, found.stream().map(Candidate::id).toList(), "possible match for a hospital message");
        return found;
    }

    private void recordFound(UUID practiceId, List<UUID> found, String detail) {
        if (!found.isEmpty()) {
            gate.recordAll(found.stream().map(id -> new PatientDataAccess(AuditAction.SEARCH, practiceId, id,
                    RESOURCE, id.toString(), AuditOutcome.SUCCESS, detail)).toList());
        }
    }
}
