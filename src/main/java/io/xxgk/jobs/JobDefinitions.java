package io.xxgk.jobs;

import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads job files. Unknown keys are errors (a misspelt {@code max-file-size} must not silently fall back to the
 * default), and every message names the file and the key to fix.
 */
public final class JobDefinitions {

    private static final Set<String> KEYS = Set.of("name", "inbox", "warehouse", "outputs", "threads",
            "max-file-size", "schedule");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    private JobDefinitions() {
    }

    /**
     * Loads a job file; relative paths in it resolve against {@code baseDir} (the directory the command runs in).
     *
     * @throws InvalidJobFileException when the file cannot be read or says something invalid
     */
    public static JobDefinition load(Path file, Path baseDir) {
        Map<?, ?> yaml;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(doc instanceof Map<?, ?> map)) {
                throw new InvalidJobFileException(file + ": expected keys (inbox, warehouse, ...), found "
                        + (doc == null ? "an empty file" : doc.getClass().getSimpleName()));
            }
            yaml = map;
        } catch (NoSuchFileException e) {
            throw new InvalidJobFileException("job file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidJobFileException("cannot read job file " + file + ": " + e.getMessage());
        } catch (YAMLException e) {
            throw new InvalidJobFileException(file + " is not valid YAML: " + e.getMessage());
        }
        for (Object key : yaml.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidJobFileException(file + ": unknown key '" + key + "' (known: " + String.join(", ",
                        KEYS.stream().sorted().toList()) + ")");
            }
        }
        String defaultName = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        try {
            return new JobDefinition(
                    string(yaml, "name", defaultName),
                    baseDir.resolve(required(file, yaml, "inbox")),
                    baseDir.resolve(required(file, yaml, "warehouse")),
                    outputs(yaml.get("outputs")),
                    threads(string(yaml, "threads", String.valueOf(JobDefinition.DEFAULT_THREADS))),
                    bytes(string(yaml, "max-file-size", String.valueOf(JobDefinition.DEFAULT_MAX_FILE_BYTES))),
                    cron(string(yaml, "schedule", ""))).requireWarehouseOutsideInbox();
        } catch (IllegalArgumentException e) {
            throw new InvalidJobFileException(file + ": " + e.getMessage());
        }
    }

    private static String required(Path file, Map<?, ?> yaml, String key) {
        String value = string(yaml, key, "");
        if (value.isBlank()) {
            throw new InvalidJobFileException(file + ": '" + key + "' is required");
        }
        return value;
    }

    private static String string(Map<?, ?> yaml, String key, String fallback) {
        Object value = yaml.get(key);
        return value == null ? fallback : String.valueOf(value).strip();
    }

    private static Set<OutputFormat> outputs(Object value) {
        if (value == null) {
            return EnumSet.of(OutputFormat.CSV, OutputFormat.PARQUET); // csv-excel is opt-in
        }
        List<?> names = value instanceof List<?> list ? list : List.of(String.valueOf(value).split(","));
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (Object name : names) {
            formats.add(OutputFormat.ofLabel(String.valueOf(name)));
        }
        return formats;
    }

    private static int threads(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("threads: '" + text + "' is not a whole number");
        }
    }

    /** {@code 20MB}, {@code 512 KB}, {@code 1048576}: binary units, as operators read file sizes. */
    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("max-file-size: '" + text + "' is not a size such as 20MB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        return switch (unit) {
            case "KB" -> n * 1024;
            case "MB" -> n * 1024 * 1024;
            case "GB" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }

    private static String cron(String expression) {
        if (!expression.isEmpty() && !CronExpression.isValidExpression(expression)) {
            throw new IllegalArgumentException("schedule: '" + expression + "' is not a cron expression "
                    + "(six fields: second minute hour day month weekday, e.g. \"0 30 2 * * *\")");
        }
        return expression;
    }
}
