/**
 * Database: the embedded PostgreSQL server and its data directory, generated secrets, the application's
 * non-superuser role and its grants, and the audit trail's monthly partitions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"schedule"})
package org.careloop.database;
