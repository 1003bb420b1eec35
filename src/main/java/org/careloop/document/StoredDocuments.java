package org.careloop.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinical_document table. Lists never read the content; only a download does. */
@Repository
class StoredDocuments {

    private static final String COLUMNS = """
            d.id, d.patient_id, d.practice_id, d.kind, d.title, d.media_type, d.file_name, d.size_bytes, d.sha256,
            d.author, d.document_date, d.source, d.uploaded_by, d.created_at""";

    private final JdbcClient jdbc;

    StoredDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID patientId, UUID practiceId, NewDocument upload, String mediaType, String sha256,
                UUID uploadedBy, Timestamp documentDate, Timestamp now) {
        jdbc.sql("""
                insert into clinical_document (id, patient_id, practice_id, kind, title, media_type, file_name,
                                               size_bytes, sha256, content, author, document_date, source,
                                               uploaded_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UPLOADED', ?, ?)""")
                .params(id, patientId, practiceId, upload.kind().name(), upload.title(), mediaType, upload.fileName(),
                        upload.content().length, sha256, upload.content(), upload.author(), documentDate,
                        uploadedBy, now)
                .update();
    }

    /** Stores what an import sent; documents already kept under the same source key are left as they are. */
    Set<String> insertImported(UUID patientId, UUID practiceId, List<ImportedDocument> documents, List<String> digests,
                               Timestamp now) {
        BulkInsert rows = BulkInsert.clinical("clinical_document", "id:uuid", "patient_id:uuid", "practice_id:uuid",
                "kind", "title", "media_type", "size_bytes:integer", "sha256", "content:bytea", "author",
                "document_date:timestamptz", "source", "source_key", "created_at:timestamptz");
        for (int i = 0; i < documents.size(); i++) {
            ImportedDocument document = documents.get(i);
            rows.add(ClinicalDocuments.idFor(patientId, document.sourceKey()), patientId, practiceId,
                    document.kind().name(), document.title(), document.mediaType() != null
                            ? DocumentTypes.clean(document.mediaType())
                            : DocumentTypes.sniff(document.content()).orElse("application/octet-stream"),
                    document.content().length, digests.get(i), "\\x" + HexFormat.of().formatHex(document.content()),
                    document.author(), document.documentDate(), DocumentSource.IMPORTED.name(), document.sourceKey(),
                    now.toInstant());
        }
        return rows.execute(jdbc);
    }

    List<ClinicalDocument> ofPatient(UUID patientId) {
        return jdbc.sql("select " + COLUMNS + " from clinical_document d"
                        + " where d.patient_id = ? order by coalesce(d.document_date, d.created_at) desc, d.title")
                .param(patientId).query(StoredDocuments::row).list();
    }

    Optional<ClinicalDocument> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from clinical_document d where d.id = ?")
                .param(id).query(StoredDocuments::row).optional();
    }

    byte[] content(UUID id) {
        return jdbc.sql("select content from clinical_document where id = ?").param(id).query(byte[].class).single();
    }

    private static ClinicalDocument row(ResultSet rs, int n) throws SQLException {
        Timestamp date = rs.getTimestamp("document_date");
        return new ClinicalDocument(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("media_type"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("author"),
                date == null ? null : date.toInstant(), DocumentSource.valueOf(rs.getString("source")),
                rs.getObject("uploaded_by", UUID.class), null, rs.getTimestamp("created_at").toInstant());
    }
}
