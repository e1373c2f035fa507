package io.xxgk.batch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The warehouse's load lock: an OS lock on {@code <warehouse>/run.lock}, held by {@code run}, {@code restart} and
 * each scheduled firing for the whole load. It is what makes a load the only one on its warehouse, across
 * processes, now that the H2 database lets other processes in (AUTO_SERVER, for {@code status} and {@code stop}).
 * Only its holder may take a STARTED execution for one whose process died and recover it. The OS releases the lock
 * when the process ends, {@code kill -9} included, so it is never stale; the file itself stays and names the last
 * holder.
 *
 * <p>On Linux, closing any channel to a file drops every lock this JVM holds on it, so this JVM never opens a
 * second channel to a lock file it holds: locks held here are registered in {@link #HELD} and probes look there
 * first.
 */
public final class RunLock implements AutoCloseable {

    public static final String FILE_NAME = "run.lock";

    /** The run locks this JVM holds, by lock file; guarded by itself. */
    private static final Map<Path, RunLock> HELD = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the warehouse's run lock.
     *
     * @throws WarehouseBusyException when another load (in this process or another) holds it
     */
    public static RunLock acquire(Path warehouse) throws IOException {
        return tryAcquire(warehouse).orElseThrow(() -> new WarehouseBusyException(warehouse, holder(warehouse)));
    }

    /** Takes the run lock if no one holds it; writes who holds it into the file for the messages of others. */
    public static Optional<RunLock> tryAcquire(Path warehouse) throws IOException {
        Files.createDirectories(warehouse);
        Path file = lockFile(warehouse);
        synchronized (HELD) {
            if (HELD.containsKey(file)) {
                return Optional.empty();
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close(); // safe: this JVM holds no lock on the file (it is not in HELD)
                return Optional.empty();
            }
            RunLock held = new RunLock(file, channel, lock);
            held.describeHolder();
            HELD.put(file, held);
            return Optional.of(held);
        }
    }

    /** Whether a load holds the warehouse's run lock now, in this process or another. */
    public static boolean isHeld(Path warehouse) {
        try {
            Optional<RunLock> probe = tryAcquire(warehouse);
            probe.ifPresent(RunLock::close);
            return probe.isEmpty();
        } catch (IOException e) {
            return false; // no lock file can be made there, so no load can run there either
        }
    }

    /** Who holds (or last held) the lock, e.g. "pid 4242 since 2026-11-26T02:30:00", or "" when unknown. */
    public static String holder(Path warehouse) {
        try {
            return Files.readString(lockFile(warehouse), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static Path lockFile(Path warehouse) {
        return warehouse.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    private void describeHolder() throws IOException {
        String text = "pid " + ManagementFactory.getRuntimeMXBean().getPid() + " since "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Releases the lock (the OS does it anyway when the process ends). */
    @Override
    public void close() {
        synchronized (HELD) {
            if (HELD.remove(file) != this) {
                return;
            }
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the lock goes with the channel or, at worst, with the process
            }
        }
    }
}
