package org.careloop.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded PostgreSQL's passwords, generated on the first start and kept in {@code CARELOOP_DATA_DIR/database.secret}
 * (readable by its owner only): one for the superuser that migrates the schema, another for the role CareLoop's
 * requests run as. Whoever can read this file can read the database, exactly as whoever can read the data files.
 */
public record DatabaseSecrets(String superuserPassword, String applicationPassword) {

    static final String FILE_NAME = "database.secret";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Reads the secrets under {@code dataDirectory}, creating them on the first start. */
    public static DatabaseSecrets in(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                keepPrivate(file);
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
                return new DatabaseSecrets(properties.getProperty("postgres"), properties.getProperty("careloop"));
            }
            DatabaseSecrets generated = new DatabaseSecrets(randomPassword(), randomPassword());
            generated.writeTo(file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the database password file " + file, e);
        }
    }

    boolean complete() {
        return superuserPassword != null && applicationPassword != null;
    }

    private void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path draft = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(draft);
        if (posix()) {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(draft, ownerOnly);
        } else {
            Files.createFile(draft);
        }
        try (Writer writer = Files.newBufferedWriter(draft)) {
            writer.write("""
                    # CareLoop's generated PostgreSQL passwords: keep this file with the data directory and private.
                    # Without it CareLoop cannot open its database.
                    postgres=%s
                    careloop=%s
                    """.formatted(superuserPassword, applicationPassword));
        }
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void keepPrivate(Path file) throws IOException {
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** 32 random bytes, URL-safe Base64: nothing a SQL literal or a properties file must escape. */
    private static String randomPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseSecrets[****]";
    }
}
