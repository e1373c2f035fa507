package io.xxgk.core.validate;

import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.TableCode;

import java.util.List;

/**
 * PARSE_NOTE: what the extractor noticed while reading (stray text skipped, a row read as blank) shown to the
 * analyst as INFO findings, one per note, with the extractor's own words. The table is taken from the note's
 * leading "T1 "/"T2 "/"T3 " where it has one.
 */
public final class ParseNotesRule implements ReportRule {

    public static final String ID = "PARSE_NOTE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(ReportContext context) {
        ExtractedReport report = context.report();
        return report.issues().stream().map(note -> Finding.note(ID, tableOf(note), "", note)).toList();
    }

    private static TableCode tableOf(String note) {
        for (TableCode t : TableCode.values()) {
            if (note.startsWith(t.name() + " ")) {
                return t;
            }
        }
        return null;
    }
}
