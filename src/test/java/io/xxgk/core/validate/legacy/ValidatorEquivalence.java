package io.xxgk.core.validate.legacy;

import io.xxgk.core.ReportParser;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scaffolding, not a test: compares the legacy Validator (a copy of the code before the speed work) with the current
 * one on every report file under the given directories, and times either of them.
 * <pre>
 *   equiv DIR...                 parse every file, compare the full rendering of every finding
 *   bench old|new SECONDS DIR    parse once, validate all reports repeatedly, print reports per CPU-second
 * </pre>
 */
public final class ValidatorEquivalence {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("fuzz")) {
            fuzzNarrative(Integer.parseInt(args[1]));
        } else if (args[0].equals("equiv")) {
            equiv(List.of(args).subList(1, args.length));
        } else {
            bench(args[1].equals("old"), Double.parseDouble(args[2]), args[3]);
        }
    }

    private static void equiv(List<String> dirs) throws Exception {
        List<Path> files = files(dirs);
        ReportParser parser = new ReportParser();
        io.xxgk.core.validate.Validator current = io.xxgk.core.validate.Validator.standard();
        Validator legacy = Validator.standard();
        int reports = 0, failed = 0, findings = 0, differing = 0;
        for (Path file : files) {
            ExtractedReport report;
            try {
                report = parser.parse(Files.readAllBytes(file), file.getFileName().toString()).report();
            } catch (ExtractionFailure e) {
                failed++;
                continue;
            }
            reports++;
            List<String> was = legacy.validate(report).stream().map(ValidatorEquivalence::render).toList();
            List<String> is = current.validate(report).stream().map(ValidatorEquivalence::render).toList();
            findings += was.size();
            if (!was.equals(is)) {
                differing++;
                if (differing <= 5) {
                    System.out.println("DIFFERS " + file + "\n  old " + was + "\n  new " + is);
                }
            }
        }
        System.out.printf("files %d, reports compared %d (extraction failures %d), findings compared %d,"
                + " reports differing %d%n", files.size(), reports, failed, findings, differing);
        if (differing > 0) {
            System.exit(1);
        }
    }

    private static final String[] TOKENS = {"政府信息公开申请", "信息公开", "信", "申请", "收到", "受理", "接到", "接收",
        "未", "没有", "发生", "出现", "被", "自然人", "提出", "办结", "办理", "结转", "至", "到", "下", "一", "年", "度",
        "继续办理", "行政复议", "案件", "行政诉讼", "起", "件", "条", "个", "份", "办件", "政务服务", "建议", "提案",
        "。", "！", "？", "!", "?", "，", ",", "；", ";", "：", ":", " ", "　", "１２", "0", "3", "17", "205", "共", "其中",
        "本年度", "的", "法人", "情况", "\t"};

    /** Random sentences of the words the reader looks for: old and new readers must read the same figures. */
    private static void fuzzNarrative(int lines) {
        java.util.Random random = new java.util.Random(11);
        NarrativeFigureReader old = new NarrativeFigureReader();
        io.xxgk.core.validate.NarrativeFigureReader now = new io.xxgk.core.validate.NarrativeFigureReader();
        long figures = 0;
        int differing = 0;
        for (int i = 0; i < lines; i++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int k = 0; k < n; k++) {
                // about half the words are digits, units or the subject words, so that figures are read at all
                String[] hot = {"政府信息公开申请", "信息公开", "12", "件", "行政复议", "行政诉讼", "收到", "未", "，"};
                text.append(random.nextBoolean() ? TOKENS[random.nextInt(TOKENS.length)] : hot[random.nextInt(hot.length)]);
            }
            List<io.xxgk.core.model.TextLine> narrative = List.of(
                    new io.xxgk.core.model.TextLine(text.toString(), io.xxgk.core.model.SourceRef.line(i)));
            List<String> was = old.read(narrative).stream().map(Object::toString).toList();
            List<String> is = now.read(narrative).stream().map(Object::toString).toList();
            figures += was.size();
            if (!was.equals(is) && ++differing <= 5) {
                System.out.println("DIFFERS " + text + "\n  old " + was + "\n  new " + is);
            }
        }
        System.out.printf("narrative lines %d, figures compared %d, lines differing %d%n", lines, figures, differing);
    }

    /** Every field, in a form that tells 10 from 1E+1 and null from "". */
    private static String render(Object finding) {
        return finding.toString();
    }

    private static void bench(boolean old, double seconds, String dir) throws Exception {
        ReportParser parser = new ReportParser();
        List<ExtractedReport> reports = new ArrayList<>();
        for (Path file : files(List.of(dir))) {
            try {
                reports.add(parser.parse(Files.readAllBytes(file), file.getFileName().toString()).report());
            } catch (ExtractionFailure e) {
                // not validated in the job either
            }
        }
        Function<ExtractedReport, Integer> validate = old
                ? r -> Validator.standard().validate(r).size()
                : r -> io.xxgk.core.validate.Validator.standard().validate(r).size();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        run(reports, validate, cpu, 3.0); // warm-up
        double[] result = run(reports, validate, cpu, seconds);
        System.out.printf("%s: %d reports, %.0f validations in %.2f CPU-s: %.0f reports/CPU-s (sink %d)%n",
                old ? "old" : "new", reports.size(), result[0], result[1], result[0] / result[1], (long) result[2]);
    }

    private static double[] run(List<ExtractedReport> reports, Function<ExtractedReport, Integer> validate,
                                ThreadMXBean cpu, double seconds) {
        long start = cpu.getCurrentThreadCpuTime();
        long until = start + (long) (seconds * 1e9);
        long count = 0, sink = 0;
        long now;
        do {
            for (ExtractedReport r : reports) {
                sink += validate.apply(r);
            }
            count += reports.size();
            now = cpu.getCurrentThreadCpuTime();
        } while (now < until);
        return new double[] {count, (now - start) / 1e9, sink};
    }

    private static List<Path> files(List<String> dirs) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
