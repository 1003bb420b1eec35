package org.careloop.education;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The materials administrators added for their practices; the reading grade is stored as computed when added. */
@Repository
class StoredMaterials {

    private final JdbcClient jdbc;

    StoredMaterials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EducationMaterial material, UUID addedBy, Instant at) {
        jdbc.sql("""
                insert into education_material (id, practice_id, title, topic, language, format, source_name,
                                                source_url, body, reading_grade, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.fromString(material.id()), material.practiceId(), material.title(), material.topic(),
                        material.language(), material.format().name(), material.source().name(),
                        material.source().url(), material.text(), material.readingLevel().grade(), addedBy,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** The additions of these practices. */
    List<EducationMaterial> ofPractices(UUID[] practices) {
        return jdbc.sql("select * from education_material where practice_id = any(?) order by topic, language, title")
                .param(practices).query(StoredMaterials::row).list();
    }

    Optional<EducationMaterial> find(UUID id, UUID[] practices) {
        return jdbc.sql("select * from education_material where id = ? and practice_id = any(?)")
                .params(id, practices).query(StoredMaterials::row).optional();
    }

    private static EducationMaterial row(ResultSet rs, int n) throws SQLException {
        String text = rs.getString("body");
        String language = rs.getString("language");
        return new EducationMaterial(rs.getString("id"), rs.getString("title"), rs.getString("topic"), language,
                MaterialFormat.valueOf(rs.getString("format")),
                new EducationMaterial.Source(rs.getString("source_name"), rs.getString("source_url")), text,
                ReadingGrade.of(text, language), rs.getObject("practice_id", UUID.class));
    }
}
