package org.careloop.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The patient registry tables. Every query takes the practices the caller works in, so a patient of another
 * practice cannot be read or changed by mistake.
 */
@Repository
class Patients {

    private final JdbcClient jdbc;

    Patients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PatientRecord> find(UUID id, UUID[] practices) {
        return withDetails(jdbc.sql("select * from patient where id = ? and practice_id = any(?)")
                .params(id, practices).query(Patients::row).list()).stream().findFirst();
    }

    Optional<UUID> practiceOf(UUID id, UUID[] practices) {
        return jdbc.sql("select practice_id from patient where id = ? and practice_id = any(?)")
                .params(id, practices).query(UUID.class).optional();
    }

    List<PatientRecord> search(PatientQuery query, UUID[] practices, int page, int size) {
        return withDetails(jdbc.sql("select * from patient p where " + SEARCH_FILTER + """
                 order by lower(p.family_name), lower(p.given_names), p.birth_date, p.id
                 limit :size offset :offset""")
                .params(searchParams(query, practices)).param("size", size).param("offset", (long) page * size)
                .query(Patients::row).list());
    }

    long count(PatientQuery query, UUID[] practices) {
        return jdbc.sql("select count(*) from patient p where " + SEARCH_FILTER)
                .params(searchParams(query, practices)).query(Long.class).single();
    }

    /** The practice of each of these patients the caller reaches; the others are missing from the answer. */
    Map<UUID, UUID> practicesOf(Collection<UUID> ids, UUID[] practices) {
        return jdbc.sql("select id, practice_id from patient where id = any(?) and practice_id = any(?)")
                .params(ids.toArray(UUID[]::new), practices)
                .query((rs, n) -> Map.entry((UUID) rs.getObject("id"), (UUID) rs.getObject("practice_id")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Assigns the care manager to all these patients (a new version each); answers how many changed. */
    int assignCareManager(Collection<UUID> ids, UUID careManagerId, UUID[] practices) {
        return jdbc.sql("""
                update patient set assigned_care_manager_id = ?, version = version + 1, updated_at = now()
                 where id = any(?) and practice_id = any(?)""")
                .params(careManagerId, ids.toArray(UUID[]::new), practices).update();
    }

    /** Patients carrying an identifier: the practice MRN (its system names the practice) or a source identifier. */
    List<PatientRecord> findByIdentifier(String system, String value, UUID[] practices) {
        return withDetails(jdbc.sql("""
                select p.* from patient p
                 where p.practice_id = any(:practices)
                   and ((p.mrn = :value and (cast(:system as text) is null
                                             or :system = :mrnPrefix || p.practice_id || :mrnSuffix))
                        or exists (select 1 from patient_identifier i
                                    where i.patient_id = p.id and i.value = :value
                                      and (cast(:system as text) is null or i.system = :system)))
                 order by p.family_name, p.given_names, p.id""")
                .param("practices", practices).param("system", system).param("value", value)
                .param("mrnPrefix", PatientIdentifier.MRN_SYSTEM_PREFIX).param("mrnSuffix", PatientIdentifier.MRN_SYSTEM_SUFFIX)
                .query(Patients::row).list());
    }

    /** The patient's death as stored, for a caller who has opened the patient. */
    Optional<PatientDeath> deathOf(UUID id) {
        return jdbc.sql("select deceased_on, deceased_source from patient where id = ? and (status = 'DECEASED' or deceased_on is not null)")
                .param(id).query((rs, n) -> new PatientDeath(rs.getObject("deceased_on", java.time.LocalDate.class),
                        rs.getString("deceased_source"))).optional();
    }

    /** Records the death of a patient not yet known to have died; answers whether it did. */
    boolean recordDeath(UUID id, UUID practiceId, java.time.LocalDate diedOn, String source, String note) {
        return jdbc.sql("""
                update patient set status = 'DECEASED', deceased_on = coalesce(?, deceased_on), deceased_source = ?,
                                   deceased_note = ?, deceased_recorded_at = now(), version = version + 1,
                                   updated_at = now()
                 where id = ? and practice_id = ? and status <> 'DECEASED'""")
                .params(diedOn, source, note, id, practiceId).update() == 1;
    }

    boolean mrnTaken(UUID practiceId, String mrn, UUID exceptPatient) {
        return jdbc.sql("select count(*) from patient where practice_id = ? and mrn = ? and id is distinct from ?")
                .params(practiceId, mrn, exceptPatient).query(Long.class).single() > 0;
    }

    String nextMrn() {
        return jdbc.sql("select nextval('patient_mrn_seq')").query(Long.class).single().toString();
    }

    Optional<Integer> versionOf(UUID id, UUID[] practices) {
        return jdbc.sql("select version from patient where id = ? and practice_id = any(?)")
                .params(id, practices).query(Integer.class).optional();
    }

    void insert(UUID id, String mrn, PatientDetails details) {
        jdbc.sql("""
                insert into patient (id, practice_id, mrn, family_name, given_names, birth_date, sex, deceased_on, phone,
                                     email, preferred_contact_method, best_time_to_call, preferred_language,
                                     interpreter_needed, address_line, city, state, postal_code, country,
                                     assigned_care_manager_id, status, medicare_id)
                values (:id, :practice, :mrn, :family, :given, :birth, :sex, :deceased, :phone, :email, :method, :bestTime,
                        :language, :interpreter, :line, :city, :state, :postal, :country, :careManager, :status,
                        :medicareId)""")
                .params(columns(details)).param("id", id).param("practice", details.practiceId()).param("mrn", mrn)
                .update();
        replaceIdentifiers(id, details.identifiers());
        replaceContacts(id, details.contacts());
    }

    /**
     * Applies a revision if nobody changed the patient since {@code version}; answers whether it did. A recorded
     * death is kept: an ordinary edit cannot bring a patient back (their enrollments and tasks have ended).
     */
    boolean update(UUID id, int version, String mrn, PatientDetails details, UUID[] practices) {
        int changed = jdbc.sql("""
                update patient set version = version + 1, updated_at = now(), mrn = :mrn, family_name = :family,
                       given_names = :given, birth_date = :birth, sex = :sex,
                       deceased_on = case when status = 'DECEASED' then deceased_on else :deceased end, phone = :phone,
                       email = :email, preferred_contact_method = :method, best_time_to_call = :bestTime,
                       preferred_language = :language, interpreter_needed = :interpreter, address_line = :line,
                       city = :city, state = :state, postal_code = :postal, country = :country,
                       assigned_care_manager_id = :careManager,
                       status = case when status = 'DECEASED' then status else :status end, medicare_id = :medicareId
                 where id = :id and version = :version and practice_id = any(:practices)""")
                .params(columns(details)).param("id", id).param("version", version).param("mrn", mrn)
                .param("practices", practices).update();
        if (changed == 0) {
            return false;
        }
        if (details.identifiers() != null) {
            replaceIdentifiers(id, details.identifiers());
        }
        if (details.contacts() != null) {
            replaceContacts(id, details.contacts());
        }
        return true;
    }

    private void replaceIdentifiers(UUID id, List<PatientIdentifier> identifiers) {
        jdbc.sql("delete from patient_identifier where patient_id = ?").param(id).update();
        for (PatientIdentifier identifier : identifiers == null ? List.<PatientIdentifier>of() : identifiers) {
            jdbc.sql("insert into patient_identifier (patient_id, system, value, type) values (?, ?, ?, ?) on conflict do nothing")
                    .params(id, identifier.system(), identifier.value(), identifier.type()).update();
        }
    }

    private void replaceContacts(UUID id, List<PatientContact> contacts) {
        jdbc.sql("delete from patient_contact where patient_id = ?").param(id).update();
        List<PatientContact> all = contacts == null ? List.of() : contacts;
        for (int position = 0; position < all.size(); position++) {
            PatientContact contact = all.get(position);
            jdbc.sql("""
                    insert into patient_contact (id, patient_id, kind, name, relation, phone,
                                                 may_receive_health_information, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, contact.kind().name(), contact.name(), contact.relation(),
                            contact.phone(), contact.mayReceiveHealthInformation(), position).update();
        }
    }

    private List<PatientRecord> withDetails(List<PatientRecord> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        UUID[] ids = bare.stream().map(PatientRecord::id).toArray(UUID[]::new);
        Map<UUID, List<PatientIdentifier>> identifiers = jdbc.sql(
                        "select patient_id, system, value, type from patient_identifier where patient_id = any(?) order by system, value")
                .param(ids).query((rs, n) -> Map.entry((UUID) rs.getObject("patient_id"),
                        new PatientIdentifier(rs.getString("system"), rs.getString("value"), rs.getString("type"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<PatientContact>> contacts = jdbc.sql("""
                        select patient_id, kind, name, relation, phone, may_receive_health_information
                          from patient_contact where patient_id = any(?) order by position""")
                .param(ids).query((rs, n) -> Map.entry((UUID) rs.getObject("patient_id"),
                        new PatientContact(PatientContact.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                                rs.getString("relation"), rs.getString("phone"),
                                rs.getBoolean("may_receive_health_information"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<PatientRecord> complete = new ArrayList<>(bare.size());
        for (PatientRecord p : bare) {
            complete.add(new PatientRecord(p.id(), p.practiceId(), p.version(), p.mrn(), p.familyName(), p.givenNames(),
                    p.birthDate(), p.sex(), p.deceasedOn(), p.deceasedSource(), p.phone(), p.email(), p.preferredContactMethod(),
                    p.bestTimeToCall(), p.preferredLanguage(), p.interpreterNeeded(), p.address(),
                    p.assignedCareManagerId(), p.status(), identifiers.getOrDefault(p.id(), List.of()),
                    contacts.getOrDefault(p.id(), List.of()), p.medicareId()));
        }
        return complete;
    }

    /** Each criterion is ignored when null; the typed text matches any of the ways it can be read. */
    private static final String SEARCH_FILTER = """
            p.practice_id = any(:practices)
               and (cast(:pattern as text) is null or lower(p.family_name) like :pattern
                    or lower(p.given_names) like :pattern or lower(p.given_names || ' ' || p.family_name) like :pattern)
               and (cast(:birthDate as date) is null or p.birth_date = :birthDate)
               and (cast(:mrn as text) is null or p.mrn = :mrn)
               and (cast(:text as text) is null
                    or lower(p.family_name) like :textPattern or lower(p.given_names) like :textPattern
                    or lower(p.given_names || ' ' || p.family_name) like :textPattern
                    or lower(p.family_name || ', ' || p.given_names) like :textPattern
                    or p.mrn = :text
                    or p.birth_date = cast(:textDate as date)
                    or p.medicare_id = cast(:textMedicareId as text)
                    or regexp_replace(coalesce(p.phone, ''), '[^0-9]', '', 'g') like cast(:textDigits as text))
               and (cast(:amongAll as boolean) or p.id = any(:among))
               and (not cast(:noCareManager as boolean) or p.assigned_care_manager_id is null)
               and (not cast(:deceased as boolean) or p.deceased_on is not null or p.status = 'DECEASED')
            """;

    private static Map<String, Object> searchParams(PatientQuery query, UUID[] practices) {
        String name = PatientQuery.trimmed(query.name());
        String text = PatientQuery.trimmed(query.text());
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("practices", practices);
        params.put("pattern", contains(name));
        params.put("birthDate", query.birthDate());
        params.put("mrn", PatientQuery.trimmed(query.mrn()));
        params.put("text", text);
        params.put("textPattern", contains(text));
        params.put("textDate", query.textAsDate().orElse(null));
        params.put("textMedicareId", query.textAsMedicareId().orElse(null));
        params.put("textDigits", query.textAsPhoneDigits().map(digits -> "%" + digits + "%").orElse(null));
        params.put("amongAll", query.among() == null);
        params.put("among", query.among() == null ? new UUID[0] : query.among().toArray(UUID[]::new));
        params.put("noCareManager", query.noCareManager());
        params.put("deceased", query.deceased());
        return params;
    }

    /** A LIKE pattern for text anywhere, lower-case, its wildcards escaped; null for no text. */
    private static String contains(String text) {
        return text == null ? null
                : "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Map<String, Object> columns(PatientDetails d) {
        PatientAddress address = d.address() == null ? new PatientAddress(null, null, null, null, null) : d.address();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("family", d.familyName().trim());
        params.put("given", d.givenNames().trim());
        params.put("birth", d.birthDate());
        params.put("sex", d.sex());
        params.put("deceased", d.deceasedOn());
        params.put("phone", d.phone());
        params.put("email", d.email());
        params.put("method", d.preferredContactMethod() == null ? null : d.preferredContactMethod().name());
        params.put("bestTime", d.bestTimeToCall());
        params.put("language", d.preferredLanguage());
        params.put("interpreter", d.interpreterNeeded());
        params.put("line", address.line());
        params.put("city", address.city());
        params.put("state", address.state());
        params.put("postal", address.postalCode());
        params.put("country", address.country());
        params.put("careManager", d.assignedCareManagerId());
        params.put("status", (d.status() == null ? PatientStatus.ACTIVE : d.status()).name());
        params.put("medicareId", MedicareId.normalize(d.medicareId()));
        return params;
    }

    private static PatientRecord row(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("preferred_contact_method");
        return new PatientRecord((UUID) rs.getObject("id"), (UUID) rs.getObject("practice_id"), rs.getInt("version"),
                rs.getString("mrn"), rs.getString("family_name"), rs.getString("given_names"),
                rs.getObject("birth_date", java.time.LocalDate.class), rs.getString("sex"),
                rs.getObject("deceased_on", java.time.LocalDate.class), rs.getString("deceased_source"),
                rs.getString("phone"), rs.getString("email"),
                method == null ? null : PreferredContactMethod.valueOf(method), rs.getString("best_time_to_call"),
                rs.getString("preferred_language"), rs.getBoolean("interpreter_needed"),
                new PatientAddress(rs.getString("address_line"), rs.getString("city"), rs.getString("state"),
                        rs.getString("postal_code"), rs.getString("country")),
                (UUID) rs.getObject("assigned_care_manager_id"), PatientStatus.valueOf(rs.getString("status")),
                List.of(), List.of(), rs.getString("medicare_id"));
    }
}
