package io.xxgk.core.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * DUPLICATE_REPORT: two or more files claim the same agency (normalised name, compared exactly) and year. All of
 * them stay in {@code reports}; the published facts keep one.
 *
 * <p><b>Which file is kept:</b> the one with the later publication date; a report that prints no publication date
 * counts as older than any that does. Between equal (or absent) dates, the one whose source file name sorts last
 * (plain string order of the path relative to the inbox) is kept. The others are superseded.
 *
 * <p>Every report of such a group gets one WARN finding naming all files of the group, which one is kept and why,
 * and whether this report is the kept or a superseded one. Pure: the batch job passes the summaries of the reports
 * it holds.
 */
public final class DuplicateReportRule {

    public static final String ID = "DUPLICATE_REPORT";

    /** Orders a group so the kept report comes last: publication date, then source file name. */
    static final Comparator<ReportSummary> PREFERENCE = Comparator
            .comparing(ReportSummary::publicationDate) // "" sorts before any yyyy-MM-dd
            .thenComparing(ReportSummary::sourceFile);

    public Severity severity() {
        return Severity.WARN;
    }

    /** The findings for every report that shares its agency and year with another, grouped by agency and year. */
    public List<ReportFinding> check(List<ReportSummary> reports) {
        List<ReportFinding> findings = new ArrayList<>();
        for (List<ReportSummary> group : groups(reports)) {
            ReportSummary kept = group.get(group.size() - 1);
            String reason = reason(group, kept);
            String files = group.stream().map(DuplicateReportRule::describe).collect(Collectors.joining(", "));
            String head = ID + ": " + group.size() + " files claim " + kept.agency() + " " + kept.year() + ": "
                    + files + "; kept " + kept.sourceFile() + " (" + reason + "). ";
            for (ReportSummary r : group) {
                String role = r == kept ? "This file is kept: its facts are published."
                        : "This file is superseded: its facts are not published.";
                findings.add(new ReportFinding(r.reportId(),
                        Finding.fail(ID, severity(), null, "", null, null, head + role)));
            }
        }
        return findings;
    }

    /** Superseded report id → kept report id, for the {@code reports.status} column. */
    public Map<String, String> superseded(List<ReportSummary> reports) {
        Map<String, String> superseded = new LinkedHashMap<>();
        for (List<ReportSummary> group : groups(reports)) {
            ReportSummary kept = group.get(group.size() - 1);
            for (ReportSummary r : group.subList(0, group.size() - 1)) {
                superseded.put(r.reportId(), kept.reportId());
            }
        }
        return superseded;
    }

    /** Groups of two or more by agency and year, in agency/year order, each sorted so the kept report is last. */
    private static List<List<ReportSummary>> groups(List<ReportSummary> reports) {
        Map<String, List<ReportSummary>> byKey = new TreeMap<>();
        for (ReportSummary r : reports) {
            byKey.computeIfAbsent(r.agency() + "\u0000" + r.year(), k -> new ArrayList<>()).add(r);
        }
        return byKey.values().stream().filter(g -> g.size() > 1)
                .map(g -> g.stream().sorted(PREFERENCE).toList()).toList();
    }

    private static String reason(List<ReportSummary> group, ReportSummary kept) {
        ReportSummary runnerUp = group.get(group.size() - 2);
        if (!kept.publicationDate().equals(runnerUp.publicationDate())) {
            return "later publication date";
        }
        return kept.publicationDate().isEmpty() ? "no publication date on either, later file name"
                : "same publication date, later file name";
    }

    private static String describe(ReportSummary r) {
        return r.sourceFile() + " (report " + r.reportId() + ", "
                + (r.publicationDate().isEmpty() ? "no publication date" : "published " + r.publicationDate()) + ")";
    }
}
