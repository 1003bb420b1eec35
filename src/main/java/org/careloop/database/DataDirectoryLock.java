package org.careloop.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that this JVM is the one CareLoop running on a data directory: an operating-system lock on
 * {@code careloop.lock}, released by the kernel however the JVM ends (even {@code kill -9}). So a PostgreSQL found
 * running on the directory while we hold the lock was left behind by a CareLoop that no longer exists.
 */
final class DataDirectoryLock {

    static final String FILE_NAME = "careloop.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or refuses in one sentence when another CareLoop holds it. */
    static DataDirectoryLock take(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUse(dataDirectory);
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes()));
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data directory " + dataDirectory, e);
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the kernel drops the lock with the process anyway
        }
    }
}
