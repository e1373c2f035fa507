package io.xxgk.generate;

import io.xxgk.core.ReportIds;
import io.xxgk.core.model.CellDef;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates report {@code i} of the corpus of seed {@code s}: the same (seed, index) always gives the same bytes,
 * whatever else is generated, so a corpus of any size can be regenerated report by report without being stored.
 * Pure: no I/O, no shared state; safe to call from several threads.
 */
public final class ReportGenerator {

    /** Share of reports into which one consistency fault is injected on purpose. */
    public static final double DEFAULT_FAULT_RATE = 0.03;
    /** Share of 2021+ reports that print the V2021 T1 with a V2019 T2 (output contract, "mixed reports"). */
    static final double MIXED_RATE = 0.03;
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2025;

    private final long seed;
    private final double faultRate;
    private final Map<Layout, LayoutWriter> writers = new EnumMap<>(Layout.class);

    public ReportGenerator(long seed) {
        this(seed, DEFAULT_FAULT_RATE);
    }

    public ReportGenerator(long seed, double faultRate) {
        this.seed = seed;
        this.faultRate = faultRate;
        for (LayoutWriter w : List.of(new JilinCellPerLineWriter(), new TabRowsWriter(), new ContinuedHeadersWriter(),
                new BlankRunWriter(), new PageBreaksWriter())) {
            writers.put(w.layout(), w);
        }
    }

    public GeneratedReport generate(int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        ReportContent content = content(index, r);
        String text = writers.get(content.layout()).write(content, r);
        byte[] bytes = content.encoding().encode(text);
        String reportId = ReportIds.of(bytes);
        return new GeneratedReport(content, String.format("%06d_%s.txt", index, reportId), bytes, reportId);
    }

    private ReportContent content(int index, SplittableRandom r) {
        Layout layout = Layout.values()[r.nextInt(Layout.values().length)];
        Agency agency = AgencyNames.next(r);
        int year = FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        TemplateVersion t1 = TemplateVersion.expectedForYear(year);
        TemplateVersion t2 = t1 == TemplateVersion.V2021 && Draw.chance(r, MIXED_RATE) ? TemplateVersion.V2019 : t1;
        Map<TableCode, TemplateVersion> templates = new EnumMap<>(TableCode.class);
        templates.put(TableCode.T1, t1);
        templates.put(TableCode.T2, t2);
        templates.put(TableCode.T3, t1); // T3 is the same in both; a reader can only take the report's template
        Scale scale = Scale.of(agency.kind(), r);
        boolean quiet = agency.kind() != Agency.Kind.COUNTY_GOVERNMENT && Draw.chance(r, 0.4);
        Map<TableCode, Map<String, BigDecimal>> figures = new EnumMap<>(TableCode.class);
        figures.put(TableCode.T1, T1Figures.draw(t1, scale, quiet, r));
        figures.put(TableCode.T2, T2Figures.draw(t2, scale, r));
        figures.put(TableCode.T3, T3Figures.draw(scale, r));
        ValueHabits habits = ValueHabits.of(layout, r);
        CellTexts texts = new CellTexts(habits, r);
        ReportTruth truth = new ReportTruth(templates);
        for (TableCode table : TableCode.values()) {
            TemplateVersion v = templates.get(table);
            for (CellDef def : CodeBook.standard().cells(v, table)) {
                truth.add(texts.write(def, v, figures.get(table).get(def.category())));
            }
        }
        List<String> faults = List.of();
        if (Draw.chance(r, faultRate)) {
            String injected = FaultInjector.inject(truth, r);
            faults = FaultInjector.describe(injected, ConsistencyRules.violations(truth));
        }
        LabelStyle style = LabelStyle.of(layout, r);
        Narrative narrative = new Narrative(agency, year, truth, r);
        return new ReportContent(index, layout, agency, year, truth, style, habits, narrative, faults,
                FileEncoding.of(r));
    }

    /** SplitMix64 finaliser over (seed, index): neighbouring indices get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
