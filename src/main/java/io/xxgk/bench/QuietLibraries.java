package io.xxgk.bench;

import org.slf4j.LoggerFactory;

/**
 * Parquet's Hadoop codec pool logs at INFO through SLF4J, and without a configuration Logback prints everything:
 * the benchmark's output is for scripts, so the libraries are set to WARN (only when Logback is the binding).
 */
final class QuietLibraries {

    private QuietLibraries() {
    }

    static void apply() {
        for (String name : new String[] {"org.apache.hadoop", "org.apache.parquet", "org.h2"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger logger) {
                logger.setLevel(ch.qos.logback.classic.Level.WARN);
            }
        }
    }
}
