package org.careloop.billing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a claim needs besides the codes: the biller's ICD-10-CM choices per patient problem, the practice's fee
 * schedule, and (from the identity module) the group NPI and TIN the practice bills under.
 */
@Repository
public class ClaimDetails {

    /** One fee of the schedule: the charge for one unit of a code, from a day on. */
    public record Fee(String cpt, long cents, LocalDate effectiveFrom, String setBy, OffsetDateTime setAt) {
    }

    private final JdbcClient jdbc;
    private final Practices practices;

    ClaimDetails(JdbcClient jdbc, Practices practices) {
        this.jdbc = jdbc;
        this.practices = practices;
    }

    /** patient → SNOMED CT code → chosen ICD-10-CM code, for the practice. */
    public Map<UUID, Map<String, String>> choices(UUID practiceId) {
        Map<UUID, Map<String, String>> choices = new HashMap<>();
        jdbc.sql("select patient_id, snomed_code, icd10cm_code from billing_diagnosis_choice where practice_id = ?")
                .param(practiceId).query(rs -> {
                    choices.computeIfAbsent(rs.getObject("patient_id", UUID.class), id -> new HashMap<>())
                            .put(rs.getString("snomed_code"), rs.getString("icd10cm_code"));
                });
        return choices;
    }

    public void choose(UUID practiceId, UUID patientId, String snomedCode, String icd10Code, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into billing_diagnosis_choice (patient_id, practice_id, snomed_code, icd10cm_code, chosen_by, chosen_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (patient_id, snomed_code) do update
                   set icd10cm_code = excluded.icd10cm_code, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .params(patientId, practiceId, snomedCode, icd10Code, by, at).update();
    }

    /** Every fee of the practice, newest first within a code. */
    public List<Fee> fees(UUID practiceId) {
        return new ArrayList<>(jdbc.sql("""
                select cpt, cents, effective_from, set_by, set_at from practice_fee where practice_id = ?
                 order by cpt, effective_from desc""").param(practiceId).query(Fee.class).list());
    }

    public void setFee(UUID practiceId, String cpt, long cents, LocalDate effectiveFrom, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into practice_fee (practice_id, cpt, cents, effective_from, set_by, set_at) values (?, ?, ?, ?, ?, ?)
                on conflict (practice_id, cpt, effective_from) do update
                   set cents = excluded.cents, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(practiceId, cpt, cents, effectiveFrom, by, at).update();
    }

    /** The fee in force for a code on a day of service, from a practice's schedule. */
    public static Optional<Fee> feeOn(List<Fee> fees, String cpt, LocalDate day) {
        return fees.stream().filter(fee -> fee.cpt().equals(cpt) && !fee.effectiveFrom().isAfter(day)).findFirst();
    }

    /** The billing provider of a claim: the practice's group NPI and tax identification number (null if unset). */
    public Practices.BillingIdentity billingProvider(UUID practiceId) {
        return practices.billingIdentity(practiceId);
    }
}
