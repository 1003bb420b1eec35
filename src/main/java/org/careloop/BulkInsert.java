package org.careloop;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts many rows of one table in one statement: each column travels as a text array and PostgreSQL casts
 * while unnesting them. Rows whose key already exists are left as they are, so importing the same record twice
 * adds nothing; the statement returns the keys it did insert.
 */
public final class BulkInsert {

    private final String table;
    private final String conflictTarget;
    private final String returning;
    private final List<String> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<List<String>> columns = new ArrayList<>();

    private BulkInsert(String table, String conflictTarget, String returning, String... columnsWithTypes) {
        this.table = table;
        this.conflictTarget = conflictTarget;
        this.returning = returning;
        for (String column : columnsWithTypes) {
            int colon = column.indexOf(':');
            names.add(colon < 0 ? column : column.substring(0, colon));
            types.add(colon < 0 ? "text" : column.substring(colon + 1));
            columns.add(new ArrayList<>());
        }
    }

    /** Rows of a table of the clinical record, unique per patient by source key. */
    public static BulkInsert clinical(String table, String... columnsWithTypes) {
        return new BulkInsert(table, "(patient_id, source_key) where source_key is not null", "source_key", columnsWithTypes);
    }

    /** Rows of a table keyed by {@code id} and unique by {@code source_key}; returns the ids of new rows. */
    public static BulkInsert returningId(String table, String... columnsWithTypes) {
        return new BulkInsert(table, "(source_key)", "id::text", columnsWithTypes);
    }

    public static BulkInsert keyed(String table, String conflictTarget, String... columnsWithTypes) {
        return new BulkInsert(table, conflictTarget, null, columnsWithTypes);
    }

    public BulkInsert add(Object... values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(table + " takes " + names.size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i] == null ? null : text(values[i]));
        }
        return this;
    }

    public int size() {
        return columns.isEmpty() ? 0 : columns.get(0).size();
    }

    /** Inserts the rows; returns the keys of the rows that were new (empty when the statement returns nothing). */
    public Set<String> execute(JdbcClient jdbc) {
        if (size() == 0) {
            return Set.of();
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (")
                .append(String.join(", ", names)).append(") select ");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("c").append(i).append("::").append(types.get(i));
        }
        sql.append(" from unnest(");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("?::text[]");
        }
        sql.append(") as r(");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("c").append(i);
        }
        sql.append(") on conflict ").append(conflictTarget).append(" do nothing");
        List<Object> arrays = columns.stream().map(column -> (Object) column.toArray(String[]::new)).toList();
        if (returning == null) {
            jdbc.sql(sql.toString()).params(arrays).update();
            return Set.of();
        }
        sql.append(" returning ").append(returning);
        return jdbc.sql(sql.toString()).params(arrays).query(String.class).stream().collect(Collectors.toSet());
    }

    private static String text(Object value) {
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        }
        return value.toString();
    }
}
