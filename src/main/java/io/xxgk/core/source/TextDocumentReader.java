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
        return new Builder(text).build();
    }

    /**
     * The lines between CRLF, CR or LF breaks, trailing empty ones kept, as {@code text.split("\r\n|\r|\n", -1)}
     * gives them, without a regex over the whole text.
     */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>(text.length() / 24);
        splitLines(text, (start, end, tabs, lineNo) -> lines.add(text.substring(start, end)));
        return lines.toArray(String[]::new);
    }

    /** Receives one line as the range {@code [start, end)} of the text, with the number of tabs in it. */
    private interface LineSink {
        void line(int start, int end, int tabs, int lineNo);
    }

    /** Calls the sink for each line of {@link #lines}, without making a string of each. */
    private static void splitLines(String text, LineSink sink) {
        int n = text.length();
        // the next LF and the next CR, each searched again only once passed (String.indexOf(char) is vectorised)
        int nextLf = indexOrEnd(text, '\n', 0);
        int nextCr = indexOrEnd(text, '\r', 0);
        int lineNo = 1;
        int start = 0;
        while (true) {
            if (nextLf < start) {
                nextLf = indexOrEnd(text, '\n', start);
            }
            if (nextCr < start) {
                nextCr = indexOrEnd(text, '\r', start);
            }
            int end = Math.min(nextLf, nextCr);
            sink.line(start, end, countTabs(text, start, end), lineNo++);
            if (end == n) {
                return;
            }
            // CRLF is one break; CR alone and LF alone are one each
            start = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
    }

    /** The index of {@code c} from {@code from}, or the text's length when there is none. */
    private static int indexOrEnd(String text, char c, int from) {
        int i = text.indexOf(c, from);
        return i < 0 ? text.length() : i;
    }

    private static int countTabs(String s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '\t') {
                n++;
            }
        }
        return n;
    }

    private static final class Builder {
        private final String text;
        private final List<DocBlock> blocks = new ArrayList<>();
        private List<GridCell> openRow;        // one-cell-per-line row being filled
        private List<GridCell> continuableRow; // last one-cell-per-line row, while only blank lines follow it
        private int blankLinesSince;

        Builder(String text) {
            this.text = text;
        }

        List<DocBlock> build() {
            splitLines(text, this::accept);
            return blocks;
        }

        /** One line, read where it lies in the text: most lines are a cell, and only its text after the tab is kept. */
        private void accept(int start, int end, int tabs, int lineNo) {
            if (start < end && isLeadingSpace(text.charAt(start))) {
                String line = LEADING_SPACES_BEFORE_TAB.matcher(text.substring(start, end)).replaceFirst("");
                accept(line, 0, line.length(), tabs, lineNo); // only spaces removed: the tabs are all still there
            } else {
                accept(text, start, end, tabs, lineNo);
            }
        }

        private void accept(String src, int start, int end, int tabs, int lineNo) {
            if (tabs == 0 && isBlank(src, start, end)) {
                openRow = null;
                blankLinesSince++;
            } else if (tabs == 1 && src.charAt(start) == '\t') {
                if (openRow == null) {
                    openRow = new ArrayList<>();
                    blocks.add(new DocBlock.Row(openRow));
                }
                openRow.add(new GridCell(src.substring(start + 1, end), SourceRef.line(lineNo)));
                continuableRow = openRow;
                blankLinesSince = 0;
            } else if (tabs > 0) {
                List<GridCell> cells = new ArrayList<>();
                SourceRef source = SourceRef.line(lineNo);
                int from = start;
                for (int i = start; i <= end; i++) {
                    if (i == end || src.charAt(i) == '\t') { // every part, the empty ones around tabs included
                        cells.add(new GridCell(src.substring(from, i), source));
                        from = i + 1;
                    }
                }
                blocks.add(new DocBlock.Row(cells));
                openRow = null;
                continuableRow = null;
            } else {
                String line = src.substring(start, end);
                if (continuesCell(line)) {
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
        }

        /** A short, non-heading line right after a label or empty cell is the rest of that cell. */
        private boolean continuesCell(String line) {
            if (continuableRow == null || continuableRow.isEmpty()) {
                return false;
            }
            if (strippedLength(line) > MAX_CONTINUATION_LENGTH) {
                return false; // running text; measured without copying it
            }
            if (SectionHeadings.isHeading(line.strip())) {
                return false;
            }
            String lastCell = continuableRow.get(continuableRow.size() - 1).text().strip();
            return lastCell.isEmpty() || !Character.isDigit(lastCell.charAt(lastCell.length() - 1))
                    && !LabelNormalizer.normalize(lastCell).endsWith("元");
        }

        /** The spaces {@link #LEADING_SPACES_BEFORE_TAB} removes. */
        private static boolean isLeadingSpace(char c) {
            return c == ' ' || c == '\u3000' || c == '\u00A0';
        }

        /** {@code s.strip().length()} (no whitespace lies outside the BMP). */
        private static int strippedLength(String s) {
            int start = 0;
            int end = s.length();
            while (start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            return end - start;
        }

        /** {@link String#isBlank()} of the range: nothing but whitespace (no whitespace lies outside the BMP). */
        private static boolean isBlank(String s, int start, int end) {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
