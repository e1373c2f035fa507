package io.xxgk.core.extract;

import io.xxgk.core.model.Cell;
import io.xxgk.core.model.CodeBook;
import io.xxgk.core.model.ExtractedReport;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.ReportMetadata;
import io.xxgk.core.model.TableCode;
import io.xxgk.core.model.TemplateVersion;
import io.xxgk.core.model.TextLine;
import io.xxgk.core.source.DocBlock;
import io.xxgk.core.source.ReportDocument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The extraction facade: a report document in, its metadata and one cell per template value cell out, or an
 * {@link ExtractionFailure} saying in plain words what could not be read. Pure and thread-safe.
 */
public final class ReportExtractor {

    /** Bumped whenever extraction output can change; a new version makes loaded files load again. */
    public static final String PARSER_VERSION = "1.0.0";

    private static final Pattern CITES_2019 = Pattern.compile("〔2019〕60号|\\[2019\\]60号|\\(2019\\)60号");
    private static final Pattern CITES_2021 = Pattern.compile("〔2021〕30号|\\[2021\\]30号|\\(2021\\)30号");

    private final CodeBook codes;
    private final T1Parser.Vocabulary t1Vocabulary;
    private final Map<TemplateVersion, T2Grid> t2Grids;

    public ReportExtractor() {
        this(CodeBook.standard());
    }

    public ReportExtractor(CodeBook codes) {
        this.codes = codes;
        this.t1Vocabulary = T1Parser.Vocabulary.of(codes);
        this.t2Grids = T2Parser.grids(codes);
    }

    /**
     * True when a narrative line cites the document. A citation has no line break in it, so it lies within one line:
     * the lines are searched one by one rather than joined. Every form ends in 60号 / 30号: a plain search first
     * spares the regex scan.
     */
    private static boolean cites(List<TextLine> narrative, String ending, Pattern citation) {
        for (TextLine line : narrative) {
            if (line.text().contains(ending) && citation.matcher(line.text()).find()) {
                return true;
            }
        }
        return false;
    }

    public ExtractedReport extract(ReportDocument document) throws ExtractionFailure {
        List<DocBlock> blocks = document.blocks();
        TableLocator.Located located = TableLocator.locate(blocks);
        MetadataExtractor.TitleFacts title = MetadataExtractor.extract(blocks, located.outside());
        List<String> issues = new ArrayList<>();

        TableResult t1 = new T1Parser(codes, t1Vocabulary, issues).parse(located.t1());
        TableResult t2 = new T2Parser(t2Grids, issues).parse(located.t2());
        // a report is V2021 as soon as one of its tables is V2021-only (ReportMetadata#template); T3 is the same in
        // both templates and follows the report
        TemplateVersion reportVersion = t1.version() == TemplateVersion.V2021 || t2.version() == TemplateVersion.V2021
                ? TemplateVersion.V2021 : TemplateVersion.V2019;
        TableResult t3 = new T3Parser(codes, issues).parse(located.t3(), reportVersion);

        List<TextLine> narrative = new ArrayList<>();
        for (DocBlock b : located.outside()) {
            if (b instanceof DocBlock.Paragraph p && !p.text().isBlank()) {
                narrative.add(new TextLine(p.text(), p.source()));
            }
        }
        List<String> evidence = new ArrayList<>(List.of(t1.evidence(), t2.evidence()));
        if (cites(narrative, "60号", CITES_2019)) {
            evidence.add("cites 国办公开办函〔2019〕60号");
        }
        if (cites(narrative, "30号", CITES_2021)) {
            evidence.add("cites 国办公开办函〔2021〕30号");
        }
        if (t1.version() != t2.version()) {
            evidence.add("mixed: T1 is " + t1.version() + ", T2 is " + t2.version());
        }
        ReportMetadata metadata = new ReportMetadata(title.agencyRaw(), title.agency(), title.year(),
                title.yearSource(), reportVersion, TemplateVersion.expectedForYear(title.year()), List.copyOf(evidence),
                title.disclosureTotal(), title.notes(), title.publicationDate(), title.adminLevel());

        Map<TableCode, TemplateVersion> templates = new EnumMap<>(TableCode.class);
        templates.put(TableCode.T1, t1.version());
        templates.put(TableCode.T2, t2.version());
        templates.put(TableCode.T3, t3.version());
        List<Cell> cells = new ArrayList<>(t1.cells().size() + t2.cells().size() + t3.cells().size());
        cells.addAll(t1.cells());
        cells.addAll(t2.cells());
        cells.addAll(t3.cells());
        return new ExtractedReport(metadata, templates, List.copyOf(cells), List.copyOf(narrative), List.copyOf(issues));
    }
}
