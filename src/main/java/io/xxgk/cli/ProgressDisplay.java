package io.xxgk.cli;

import io.xxgk.batch.LoadProgress;
import io.xxgk.batch.LoadProgress.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a running load's progress. On a terminal: one line on stderr, redrawn in place twice a second (the console
 * log is quiet meanwhile, see {@code WarehouseApplication.QUIET_CONSOLE}). Otherwise (cron, a pipe, a CI log): a
 * plain log line every {@value #LOG_EVERY_SECONDS} s when files were done since the last one, so the log file says
 * how far a load got and how fast.
 */
final class ProgressDisplay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressDisplay.class);
    private static final long REDRAW_MILLIS = 500;
    private static final long LOG_EVERY_SECONDS = 10;

    private final LoadProgress progress;
    private final PrintWriter terminal;
    private final Thread thread;
    private volatile boolean running = true;
    private int lastLogged = -1;
    private int drawnWidth;

    /** @param terminal where to draw the line, or null for log lines */
    private ProgressDisplay(LoadProgress progress, PrintWriter terminal) {
        this.progress = progress;
        this.terminal = terminal;
        this.thread = new Thread(this::loop, "progress");
        this.thread.setDaemon(true);
    }

    /** Starts showing progress: a redrawn line on {@code err} when {@code onTerminal}, log lines otherwise. */
    static ProgressDisplay start(LoadProgress progress, PrintWriter err, boolean onTerminal) {
        ProgressDisplay display = new ProgressDisplay(progress, onTerminal ? err : null);
        display.thread.start();
        return display;
    }

    private void loop() {
        long period = terminal != null ? REDRAW_MILLIS : LOG_EVERY_SECONDS * 1000;
        while (running) {
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                show(progress.snapshot());
            }
        }
    }

    private synchronized void show(Snapshot s) {
        if (terminal != null) {
            String text = line(s);
            terminal.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
            terminal.flush();
            drawnWidth = text.length();
        } else if (s.phase() == LoadProgress.Phase.EXTRACTING && s.done() != lastLogged) {
            log.info("Progress: {}", line(s));
            lastLogged = s.done();
        }
    }

    /** E.g. {@code extracting 40/100 files (40%), 2 quarantined, 3.1 files/s, about 19 s left}. */
    static String line(Snapshot s) {
        return switch (s.phase()) {
            case DISCOVERING -> "listing and hashing the inbox…";
            case PUBLISHING -> s.total() == 0 ? "publishing CSV and Parquet…" // a resumed load that starts here
                    : "extracted " + s.done() + "/" + s.total() + " files; publishing CSV and Parquet…";
            case EXTRACTING -> {
                int percent = s.total() == 0 ? 100 : (int) (100L * s.done() / s.total());
                String eta = s.eta().map(d -> "about " + human(d) + " left").orElse("estimating time left");
                yield String.format(Locale.ROOT, "extracting %d/%d files (%d%%), %d quarantined, %.1f files/s, %s",
                        s.done(), s.total(), percent, s.quarantined(), s.rate(), eta);
            }
        };
    }

    static String human(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
        }
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + " s";
    }

    /** Stops the display; on a terminal, clears the line so the summary starts on a clean one. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (terminal != null && drawnWidth > 0) {
                terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
                terminal.flush();
            }
        }
    }
}
