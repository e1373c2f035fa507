package io.xxgk.core.source;

import io.xxgk.core.source.SpanTable.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds a seed report as its author laid it out in Word or on a web page: the seed's paragraphs, and its
 * tables with merged cells as in the originals (spec §4.1, §5): the T2 note cell over the 3 label columns and 3
 * header rows, 申请人情况 over 7 columns, 法人或其他组织 over 5, group labels spanning their sub-rows; T3 行政复议
 * over 5 and 行政诉讼 over 10 columns. Every text comes from the seed's own rows; only the spans are added. The
 * seed's text dump shows a merged cell once and the positions it covers as empty cells, which is how the spans are
 * told: an empty label cell under a label continues it, a header label cell is followed by its columns.
 */
final class SeedLayout {

    /** A paragraph of running text, or a table. */
    sealed interface Item permits Text, Table {
    }

    record Text(String text) implements Item {
    }

    record Table(SpanTable table) implements Item {
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int T1_VALUES = 3;
    private static final int T2_LABEL_COLUMNS = 3;
    private static final int T2_VALUES = 7;
    private static final int T3_VALUES = 15;

    /**
     * When true, colspans are misaligned as on hand-edited pages: T1 row labels span two columns while 信息内容
     * spans one, and T2 row labels reach one column further than the note cell above them.
     */
    private final boolean misaligned;

    SeedLayout(boolean misaligned) {
        this.misaligned = misaligned;
    }

    List<Item> layout(List<DocBlock> blocks) {
        List<Item> items = new ArrayList<>();
        List<List<String>> run = new ArrayList<>();
        for (DocBlock b : blocks) {
            if (b instanceof DocBlock.Row row) {
                run.add(row.cells().stream().map(GridCell::text).toList());
                continue;
            }
            flush(run, items);
            items.add(new Text(((DocBlock.Paragraph) b).text()));
        }
        flush(run, items);
        return items;
    }

    private void flush(List<List<String>> run, List<Item> items) {
        if (run.isEmpty()) {
            return;
        }
        String all = String.join("", run.stream().flatMap(List::stream).toList());
        SpanTable t;
        if (all.contains("第二十条")) {
            t = t1(run);
        } else if (all.contains("申请人情况")) {
            t = t2(run);
        } else if (run.stream().flatMap(List::stream).anyMatch(s -> s.strip().equals("行政复议"))) {
            t = t3(run);
        } else {
            t = asPrinted(run);
        }
        items.add(new Table(t));
        run.clear();
    }

    /** T1: block headers across the table, a header row per block, label + values; the last cell fills the row. */
    private SpanTable t1(List<List<String>> rows) {
        int labelSpan = misaligned ? 2 : 1;
        int width = labelSpan + T1_VALUES;
        SpanTable t = new SpanTable();
        boolean inHeader = false;
        for (List<String> cells : rows) {
            List<String> trimmed = trimTrailingEmpty(cells);
            if (trimmed.isEmpty()) {
                continue;
            }
            t.newRow();
            String first = trimmed.get(0);
            if (first.contains("第二十条") || trimmed.size() == 1 && first.length() > 20) {
                t.place(first, width, trimmed.size() == 1 && first.length() > 20 ? Kind.TEXT : Kind.HEADER);
                inHeader = false;
            } else if (first.strip().equals("信息内容")) {
                fillRow(t, trimmed, width, 1, Kind.HEADER);
                inHeader = true;
            } else if (inHeader && first.isBlank()) {
                continueHeader(t, trimmed, width); // a header cell split over two rows (seed 001, block （八）)
            } else {
                fillRow(t, trimmed, width, labelSpan, Kind.VALUE);
                inHeader = false;
            }
        }
        return t;
    }

    /** First cell as label (header or row label), the rest one column each, the last widened to the table width. */
    private static void fillRow(SpanTable t, List<String> cells, int width, int labelSpan, Kind rest) {
        t.place(cells.get(0), labelSpan, rest == Kind.HEADER ? Kind.HEADER : Kind.LABEL);
        SpanTable.Cell last = null;
        for (int i = 1; i < cells.size(); i++) {
            last = t.place(cells.get(i), 1, rest);
        }
        if (last == null) {
            last = t.place("", 1, rest); // a row printed without its values
        }
        while (t.col() < width) {
            t.widen(last);
        }
    }

    /** Empty cells under header cells continue them (rowspan); text cells are the second line of their column. */
    private static void continueHeader(SpanTable t, List<String> cells, int width) {
        for (String text : cells) {
            SpanTable.Cell above = t.above(Kind.HEADER);
            if (text.isBlank() && above != null) {
                t.extendAbove(above);
            } else {
                t.place(text, 1, Kind.HEADER);
            }
        }
        SpanTable.Cell above;
        while (t.col() < width && (above = t.above(Kind.HEADER)) != null) {
            t.extendAbove(above);
        }
    }

    /** T2: the canonical three header rows with the seed's header texts, then label cells and seven values. */
    private SpanTable t2(List<List<String>> rows) {
        int firstData = 0;
        while (firstData < rows.size() && rows.get(firstData).stream().noneMatch(s -> s.contains("本年新收"))) {
            firstData++;
        }
        List<String> h = nonEmpty(rows.subList(0, firstData));
        if (h.size() != 10) {
            throw new IllegalStateException("T2 header should have 10 texts, has " + h);
        }
        SpanTable t = new SpanTable();
        t.newRow();
        t.place(h.get(0), 3, T2_LABEL_COLUMNS, Kind.HEADER);   // the 勾稽关系 note
        t.place(h.get(1), 1, T2_VALUES, Kind.HEADER);           // 申请人情况
        t.newRow();
        t.place(h.get(2), 2, 1, Kind.HEADER);                   // 自然人
        t.place(h.get(3), 1, 5, Kind.HEADER);                   // 法人或其他组织
        t.place(h.get(4), 2, 1, Kind.HEADER);                   // 总计
        t.newRow();
        for (int i = 5; i < 10; i++) {
            t.place(h.get(i), 1, 1, Kind.HEADER);               // 商业企业 … 其他
        }
        for (List<String> cells : rows.subList(firstData, rows.size())) {
            t2DataRow(t, cells, T2_LABEL_COLUMNS + (misaligned ? 1 : 0));
        }
        return t;
    }

    /**
     * Label cells then the last seven cells as values. An empty label cell before the row's last label continues
     * the label above it (a rowspanning group such as 三、本年度办理结果); empty cells after it widen it.
     */
    private static void t2DataRow(SpanTable t, List<String> cells, int labelColumns) {
        List<String> trimmed = trimTrailingEmpty(cells);
        int valuesFrom = Math.max(lastLabel(trimmed) + 1, trimmed.size() - T2_VALUES);
        List<String> labels = trimmed.subList(0, valuesFrom);
        List<String> values = new ArrayList<>(trimmed.subList(valuesFrom, trimmed.size()));
        while (values.size() < T2_VALUES) {
            values.add(""); // blank values at the end of the row were trimmed with the padding
        }
        int lastText = lastLabel(labels);
        t.newRow();
        SpanTable.Cell label = null;
        for (int i = 0; i < labels.size(); i++) {
            String text = labels.get(i);
            SpanTable.Cell above = t.above(Kind.LABEL);
            if (i > lastText && label != null) {
                t.widen(label);
            } else if (text.isBlank() && above != null) {
                t.extendAbove(above);
            } else {
                label = t.place(text, 1, Kind.LABEL);
            }
        }
        while (t.col() < labelColumns) {
            t.widen(label);
        }
        for (String v : values) {
            t.place(v, 1, Kind.VALUE);
        }
    }

    /** T3: the canonical header (行政复议 ×5 | 行政诉讼 ×10 …) with the seed's texts, then the fifteen values. */
    private static SpanTable t3(List<List<String>> rows) {
        int firstValues = 0;
        while (firstValues < rows.size() && rows.get(firstValues).stream().anyMatch(s -> HAN.matcher(s).find())) {
            firstValues++;
        }
        List<String> h = nonEmpty(rows.subList(0, firstValues));
        if (h.size() != 19) {
            throw new IllegalStateException("T3 header should have 19 texts, has " + h);
        }
        List<String> values = trimTrailingEmpty(rows.subList(firstValues, rows.size()).stream()
                .flatMap(List::stream).toList());
        if (values.size() != T3_VALUES) {
            throw new IllegalStateException("T3 should have 15 values, has " + values);
        }
        SpanTable t = new SpanTable();
        t.newRow();
        t.place(h.get(0), 1, 5, Kind.HEADER);                   // 行政复议
        t.place(h.get(1), 1, 10, Kind.HEADER);                  // 行政诉讼
        t.newRow();
        for (int i = 2; i < 7; i++) {
            t.place(h.get(i), 2, 1, Kind.HEADER);               // 复议 outcomes, over two header rows
        }
        t.place(h.get(7), 1, 5, Kind.HEADER);                   // 未经复议直接起诉
        t.place(h.get(8), 1, 5, Kind.HEADER);                   // 复议后起诉
        t.newRow();
        for (int i = 9; i < 19; i++) {
            t.place(h.get(i), 1, 1, Kind.HEADER);
        }
        t.newRow();
        for (String v : values) {
            t.place(v, 1, Kind.VALUE);
        }
        return t;
    }

    /** Any other table (a signature line set in a table) as printed, one cell per cell. */
    private static SpanTable asPrinted(List<List<String>> rows) {
        SpanTable t = new SpanTable();
        for (List<String> cells : rows) {
            t.newRow();
            for (String c : cells) {
                t.place(c, 1, Kind.TEXT);
            }
        }
        return t;
    }

    private static int lastLabel(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (HAN.matcher(cells.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> nonEmpty(List<List<String>> rows) {
        return rows.stream().flatMap(List::stream).filter(s -> !s.isBlank()).toList();
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }
}
