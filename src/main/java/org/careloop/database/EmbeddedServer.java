package org.careloop.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 17 a small practice runs CareLoop on when it names no server of its own: data under
 * {@code CARELOOP_DATA_DIR/postgres}, durable (fsync and synchronous commit on), reachable from this machine only,
 * every connection with a password. The schema belongs to the superuser, which only migrations use; requests run as
 * the role {@code careloop}, which can neither rewrite the audit trail nor lift its protection.
 *
 * <p>One CareLoop per data directory ({@link DataDirectoryLock}); a server left behind by a killed CareLoop is stopped
 * before ours starts; and a server that dies under a running CareLoop is started again on the same port
 * ({@link #restartIfStopped()}), so the connection pool finds it again.
 */
public final class EmbeddedServer {

    public static final String SUPERUSER = "postgres";
    public static final String APPLICATION_ROLE = "careloop";
    static final String HBA_MARKER = "# CareLoop: every connection needs a password";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static EmbeddedServer running;

    private final Path dataDirectory;
    private final Path cluster;
    private final DatabaseSecrets secrets;
    private final int port;
    private EmbeddedPostgres postgres;
    private long postmaster;

    private EmbeddedServer(Path dataDirectory, DatabaseSecrets secrets, int port) {
        this.dataDirectory = dataDirectory;
        this.cluster = dataDirectory.resolve("postgres");
        this.secrets = secrets;
        this.port = port;
    }

    /**
     * Starts the server of {@code dataDirectory} for this JVM, once.
     *
     * @throws DataDirectoryInUse when another CareLoop runs on the directory
     */
    public static synchronized EmbeddedServer start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (running != null && running.dataDirectory.equals(directory)) {
            return running;
        }
        DataDirectoryLock lock = DataDirectoryLock.take(directory);
        try {
            refuseLockedOutCluster(directory);
            DatabaseSecrets secrets = DatabaseSecrets.in(directory);
            if (!secrets.complete()) {
                throw new IllegalStateException("The password file " + directory.resolve(DatabaseSecrets.FILE_NAME)
                        + " lacks the postgres or careloop line; restore it from your backup of the data directory.");
            }
            EmbeddedServer server = new EmbeddedServer(directory, secrets, freePort());
            server.startPostgres();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                lock.release();
            }, "careloop-database-stop"));
            running = server;
            return server;
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    /** The server this JVM started, if any. */
    public static synchronized Optional<EmbeddedServer> running() {
        return Optional.ofNullable(running);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public DatabaseSecrets secrets() {
        return secrets;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The postmaster's process id (the reliability suite stops it to play an outage). */
    public synchronized long postmasterPid() {
        return postmaster;
    }

    public synchronized boolean isUp() {
        return ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Starts PostgreSQL again when it has stopped (crashed, killed, or stopped by hand). */
    public synchronized boolean restartIfStopped() {
        if (isUp()) {
            return false;
        }
        log.warn("The embedded PostgreSQL (pid {}) has stopped; starting it again", postmaster);
        closeQuietly();
        startPostgres();
        log.warn("The embedded PostgreSQL runs again (pid {})", postmaster);
        return true;
    }

    synchronized void stop() {
        closeQuietly();
    }

    private void startPostgres() {
        LeftoverServer.stopIfRunning(cluster);
        try {
            Files.createDirectories(cluster);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky starts PostgreSQL with -F (fsync off) and synchronous_commit off: fine for tests, not for
                    // a practice's records. These settings come later on the command line and win.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setConnectConfig("password", secrets.superuserPassword())
                    .start();
            postmaster = Long.parseLong(Files.readAllLines(cluster.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, e);
        }
        provisionRolesAndPasswords();
    }

    /**
     * Idempotent, on every start: a cluster made by an earlier CareLoop (trust authentication, no roles) gets its
     * passwords and the application role here, then password authentication. The order matters: the secret file
     * exists before any password is set, and passwords are set before trust is withdrawn.
     */
    private void provisionRolesAndPasswords() {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), SUPERUSER, secrets.superuserPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("alter role " + SUPERUSER + " password '" + secrets.superuserPassword() + "'");
            statement.execute("do $$ begin create role " + APPLICATION_ROLE
                    + "; exception when duplicate_object then null; end $$");
            statement.execute("alter role " + APPLICATION_ROLE + " login nosuperuser nocreatedb nocreaterole"
                    + " noreplication nobypassrls password '" + secrets.applicationPassword() + "'");
            if (requirePasswords()) {
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the roles of the embedded PostgreSQL in " + cluster, e);
        }
    }

    private boolean requirePasswords() {
        Path hba = cluster.resolve("pg_hba.conf");
        String wanted = HBA_MARKER + " (scram-sha-256); written at every start\n"
                + "local all all scram-sha-256\n"
                + "host  all all 127.0.0.1/32 scram-sha-256\n"
                + "host  all all ::1/128 scram-sha-256\n";
        try {
            if (Files.exists(hba) && Files.readString(hba).equals(wanted)) {
                return false;
            }
            Files.writeString(hba, wanted);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    /** A cluster already behind passwords whose password file is gone cannot be opened: say so plainly. */
    private static void refuseLockedOutCluster(Path dataDirectory) {
        Path hba = dataDirectory.resolve("postgres").resolve("pg_hba.conf");
        try {
            if (!Files.exists(dataDirectory.resolve(DatabaseSecrets.FILE_NAME)) && Files.exists(hba)
                    && Files.readString(hba).contains(HBA_MARKER)) {
                throw new IllegalStateException("The database in " + dataDirectory + " requires the passwords in "
                        + DatabaseSecrets.FILE_NAME + ", which is missing; restore it from your backup of the data directory.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeQuietly() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException ignored) {
                // it was already gone
            }
            postgres = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
