package org.careloop.database;

import java.time.LocalTime;

import org.careloop.schedule.RecurringJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit trail's monthly partitions three months ahead: at start on every instance (the database function
 * serializes them), and every night at 03:17 in the organization's zone on one instance ({@value #JOB}). Events of a month without a partition are not lost: they land in
 * {@code audit_event_default}.
 */
@Component
class AuditPartitions {

    private static final Logger log = LoggerFactory.getLogger(AuditPartitions.class);
    private static final int MONTHS_AHEAD = 3;
    static final String JOB = "audit-partitions";

    private final JdbcClient jdbc;

    AuditPartitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    RecurringJob auditPartitionsNightly() {
        return RecurringJob.dailyAt(LocalTime.of(3, 17), JOB, this::keepAhead);
    }

    @EventListener(ApplicationReadyEvent.class)
    void keepAhead() {
        try {
            int created = jdbc.sql("select audit_event_add_months(?)").param(MONTHS_AHEAD).query(Integer.class).single();
            if (created > 0) {
                log.info("Added {} monthly partitions to the audit trail", created);
            }
        } catch (RuntimeException e) {
            log.warn("Could not add the audit trail's next monthly partitions (events go to audit_event_default"
                    + " meanwhile): {}", e.getMessage());
        }
    }
}
