package io.xxgk.core.source;

import io.xxgk.core.extract.LabelNormalizer;
import io.xxgk.core.model.ExtractionFailure;
import io.xxgk.core.model.SourceRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text dumps of the seed reports (spec §7.6) into rows and paragraphs. Two table forms occur, even in
 * one file:
 * <ul>
 *   <li><b>one cell per line</b>: each cell is a line starting with a tab, a blank line ends the row; a line
 *       without the tab continues the cell above, even across blank lines ({@code \t上一年\n\n项目数量});</li>
 *   <li><b>tab-separated rows</b>: one physical line per table row, cells between tabs.</li>
 * </ul>
 * Everything else is a paragraph.
 */
public final class TextDocumentReader implements DocumentReader {

    /** Continuation fragments are short; a longer line is running text even right after a table cell. */
    private static final int MAX_CONTINUATION_LENGTH = 40;
    private static final Pattern LEADING_SPACES_BEFORE_TAB = Pattern.compile("^[ \\u3000\\u00A0]+(?=\\t)");

    @Override
    public ReportDocument read(byte[] bytes) throws ExtractionFailure {
        DecodedText text = TextDecoder.decode(bytes);
        return new ReportDocument("TXT", text.charset(), parse(text.text()));
    }

    /** Splits decoded text into blocks; line numbers are 1-based. */
    public static List<DocBlock> parse(String text) {
        return new Builder().build(lines(text));
    }

    /**
     * The lines between CRLF, CR or LF breaks, trailing empty ones kept, as {@code text.split("\r\n|\r|\n", -1)}
     * gives them, without a regex over the whole text.
     */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 24);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(String[]::new);
    }

    private static final class Builder {
        private final List<DocBlock> blocks = new ArrayList<>();
        private List<GridCell> openRow;        // one-cell-per-line row being filled
        private List<GridCell> continuableRow; // last one-cell-per-line row, while only blank lines follow it
        private int blankLinesSince;

        List<DocBlock> build(String[] lines) {
            for (int i = 0; i < lines.length; i++) {
                accept(lines[i], i + 1);
            }
            return blocks;
        }

        private void accept(String rawLine, int lineNo) {
            String line = rawLine.isEmpty() || " \u3000\u00A0".indexOf(rawLine.charAt(0)) < 0 ? rawLine
                    : LEADING_SPACES_BEFORE_TAB.matcher(rawLine).replaceFirst("");
            int tabs = countTabs(line);
            if (tabs == 0 && line.isBlank()) {
                openRow = null;
                blankLinesSince++;
            } else if (tabs == 1 && line.charAt(0) == '\t') {
                if (openRow == null) {
                    openRow = new ArrayList<>();
                    blocks.add(new DocBlock.Row(openRow));
                }
                openRow.add(new GridCell(line.substring(1), SourceRef.line(lineNo)));
                continuableRow = openRow;
                blankLinesSince = 0;
            } else if (tabs > 0) {
                List<GridCell> cells = new ArrayList<>();
                for (String part : line.split("\t", -1)) {
                    cells.add(new GridCell(part, SourceRef.line(lineNo)));
                }
                blocks.add(new DocBlock.Row(cells));
                openRow = null;
                continuableRow = null;
            } else if (continuesCell(line)) {
                int last = continuableRow.size() - 1;
                GridCell cell = continuableRow.get(last);
                String joined = cell.text() + "\n".repeat(blankLinesSince + 1) + line;
                continuableRow.set(last, new GridCell(joined, cell.source()));
                openRow = continuableRow;
                blankLinesSince = 0;
            } else {
                blocks.add(new DocBlock.Paragraph(line, SourceRef.line(lineNo)));
                openRow = null;
                continuableRow = null;
                blankLinesSince = 0;
            }
        }

        /** A short, non-heading line right after a label or empty cell is the rest of that cell. */
        private boolean continuesCell(String line) {
            if (continuableRow == null || continuableRow.isEmpty()) {
                return false;
            }
            String trimmed = line.strip();
            if (trimmed.length() > MAX_CONTINUATION_LENGTH || SectionHeadings.isHeading(trimmed)) {
                return false;
            }
            String lastCell = continuableRow.get(continuableRow.size() - 1).text().strip();
            return lastCell.isEmpty() || !Character.isDigit(lastCell.charAt(lastCell.length() - 1))
                    && !LabelNormalizer.normalize(lastCell).endsWith("元");
        }

        private static int countTabs(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\t') {
                    n++;
                }
            }
            return n;
        }
    }
}
