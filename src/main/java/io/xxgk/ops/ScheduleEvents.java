package io.xxgk.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What became of each scheduled firing, appended to {@code <warehouse>/logs/schedule-events.tsv}: one line per
 * event, {@code time job outcome execution detail}, tab-separated. A file rather than a table because the one
 * event that matters most, a firing missed because another process holds the warehouse, must be recorded without
 * the database; appends of one short line are atomic (O_APPEND), so two schedulers can share the file.
 */
public final class ScheduleEvents {

    public static final String FILE_NAME = "schedule-events.tsv";
    private static final String HEADER = "time\tjob\toutcome\texecution\tdetail\n";

    public enum Outcome {
        /** The firing took the run lock and the load began. */
        STARTED,
        /** The load ended COMPLETED (with or without quarantined files, or nothing new). */
        COMPLETED,
        /** The load ended FAILED or STOPPED, or could not start; the next firing (or restart) resumes it. */
        FAILED,
        /** No load: the previous one still running in this scheduler, or another process holds the run lock. */
        MISSED
    }

    /** @param executionId the job execution, or null when none ran (or it is not known yet) */
    public record Event(OffsetDateTime time, String job, Outcome outcome, Long executionId, String detail) {
    }

    private final Path file;

    public ScheduleEvents(Path warehouse) {
        this.file = warehouse.resolve("logs").resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public void record(String job, Outcome outcome, Long executionId, String detail) throws IOException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, HEADER, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            // another firing wrote the header
        }
        String line = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "\t" + clean(job) + "\t" + outcome
                + "\t" + (executionId == null ? "" : executionId) + "\t" + clean(detail) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The newest {@code n} events, oldest first; empty when nothing was ever scheduled here. */
    public List<Event> last(int n) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 5 || f[0].equals("time")) {
                continue;
            }
            try {
                events.add(new Event(OffsetDateTime.parse(f[0]), f[1], Outcome.valueOf(f[2]),
                        f[3].isEmpty() ? null : Long.valueOf(f[3]), f[4]));
            } catch (RuntimeException e) {
                // a line cut short by a crash mid-write: skip it
            }
        }
        return events.subList(Math.max(0, events.size() - n), events.size());
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
