package org.careloop.patient;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinical record tables, read per patient. Callers check the patient is in scope first. */
@Repository
class ClinicalEntries {

    private final JdbcClient jdbc;

    ClinicalEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PatientProblem> problems(UUID patient) {
        return jdbc.sql("""
                select id, code_system, code, snomed_code, icd10_code, display, category, clinical_status,
                       verification_status, onset_at, abated_at, recorded_on
                  from condition where patient_id = ? order by onset_at desc nulls last, display, id""")
                .param(patient).query(PatientProblem.class).list();
    }

    List<PatientAllergy> allergies(UUID patient) {
        return jdbc.sql("""
                select id, code_system, code, display, category, criticality, clinical_status, reaction, recorded_on
                  from allergy where patient_id = ? order by recorded_on desc nulls last, display, id""")
                .param(patient).query(PatientAllergy.class).list();
    }

    List<PatientMedication> medications(UUID patient) {
        return jdbc.sql("""
                select id, source_type, rxnorm_code, display, dose, status, intent, authored_at, reason_code
                  from medication where patient_id = ? order by authored_at desc nulls last, display, id""")
                .param(patient).query(PatientMedication.class).list();
    }

    List<MedicationSupply> medicationSupplies(UUID patient) {
        return jdbc.sql("""
                select id as medication_id, supply_starts_on as starts_on, supply_days as days_supply,
                       supply_quantity as quantity, supply_unit as unit,
                       coalesce(supply_refills_allowed, 0) as refills_allowed
                  from medication where patient_id = ? and supply_days is not null and supply_starts_on is not null
                 order by id""")
                .param(patient).query(MedicationSupply.class).list();
    }

    List<PatientImmunization> immunizations(UUID patient) {
        return jdbc.sql("""
                select id, cvx_code, display, status, occurred_at
                  from immunization where patient_id = ? order by occurred_at desc nulls last, id""")
                .param(patient).query(PatientImmunization.class).list();
    }

    List<PatientProcedure> procedures(UUID patient) {
        return jdbc.sql("""
                select id, code_system, code, display, status, performed_start, performed_end, reason_code
                  from clinical_procedure where patient_id = ? order by performed_start desc nulls last, id""")
                .param(patient).query(PatientProcedure.class).list();
    }

    List<PatientFamilyHistory> familyHistory(UUID patient) {
        return jdbc.sql("""
                select id, relationship, condition_system, condition_code, condition_display, status
                  from family_history where patient_id = ? order by relationship, condition_display, id""")
                .param(patient).query(PatientFamilyHistory.class).list();
    }

    List<PatientEncounter> encounters(UUID patient) {
        return jdbc.sql("""
                select id, status, class_code, type_system, type_code, type_display, period_start, period_end,
                       reason_code, reason_display
                  from encounter where patient_id = ? order by period_start desc nulls last, id""")
                .param(patient).query(PatientEncounter.class).list();
    }

    List<EhrCareTeamMember> careTeamMembers(UUID patient) {
        return jdbc.sql("""
                select t.id as care_team_id, t.name as team_name, t.status as team_status, t.period_start,
                       t.period_end, p.member ->> 'role' as role, p.member ->> 'name' as name,
                       p.member ->> 'type' as type,
                       case when p.member ->> 'directoryId' ~ '^[0-9a-f-]{36}$'
                            then cast(p.member ->> 'directoryId' as uuid) end as directory_id
                  from ehr_care_team t
                  cross join lateral jsonb_array_elements(t.participants) with ordinality as p(member, position)
                 where t.patient_id = ?
                 order by t.period_start desc nulls last, t.id, p.position""")
                .param(patient).query(EhrCareTeamMember.class).list();
    }

    /** Observations newest first, all of them or those with one code. */
    List<PatientObservation> observations(UUID patient, String code) {
        List<PatientObservation> bare = jdbc.sql("""
                select * from observation
                 where patient_id = ? and (cast(? as text) is null or code = ?)
                 order by effective_at desc nulls last, id""")
                .params(patient, code, code).query(ClinicalEntries::observation).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<UUID, List<PatientObservation.Component>> components = jdbc.sql("""
                        select c.* from observation_component c join observation o on o.id = c.observation_id
                         where o.patient_id = ? and (cast(? as text) is null or o.code = ?)
                         order by c.observation_id, c.position""")
                .params(patient, code, code)
                .query((rs, n) -> Map.entry((UUID) rs.getObject("observation_id"), new PatientObservation.Component(
                        rs.getString("code_system"), rs.getString("code"), rs.getString("display"),
                        rs.getBigDecimal("value_quantity"), rs.getString("value_unit"), rs.getString("value_code"),
                        rs.getString("value_text"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return bare.stream().map(o -> new PatientObservation(o.id(), o.status(), o.category(), o.codeSystem(),
                o.code(), o.display(), o.valueQuantity(), o.valueUnit(), o.valueCode(), o.valueText(), o.effectiveAt(),
                components.getOrDefault(o.id(), List.of()))).toList();
    }

    private static PatientObservation observation(ResultSet rs, int n) throws SQLException {
        BigDecimal quantity = rs.getBigDecimal("value_quantity");
        return new PatientObservation((UUID) rs.getObject("id"), rs.getString("status"), rs.getString("category"),
                rs.getString("code_system"), rs.getString("code"), rs.getString("display"), quantity,
                rs.getString("value_unit"), rs.getString("value_code"), rs.getString("value_text"),
                rs.getObject("effective_at", OffsetDateTime.class), List.of());
    }
}
