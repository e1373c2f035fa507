package io.xxgk.generate;

/**
 * The text layouts of the five seed reports (spec §7.6). Each one is written by its own {@link LayoutWriter}; the
 * code is the seed's file number, so a generated file can be compared with the seed it imitates.
 */
public enum Layout {
    /** [S:000] one cell per line, Jilin 发布总数量 line after T1, 注 lines after T3, unnumbered table headings. */
    JILIN_CELL_PER_LINE("000"),
    /** [S:001] one physical line per table row, cells between tabs, trailing tabs, a header split over two rows. */
    TAB_ROWS("001"),
    /** [S:002] one cell per line, header cells continued on a line without the tab, signed values. */
    CONTINUED_HEADERS("002"),
    /** [S:003] one cell per line, {@code 3、}/{@code 4、} headings, a T2 label cell opening with 12 blank lines. */
    BLANK_RUN("003"),
    /** [S:004] one cell per line, header cells broken across blank lines, group label repeated at a page break. */
    PAGE_BREAKS("004");

    private final String seed;

    Layout(String seed) {
        this.seed = seed;
    }

    /** The seed file number ({@code 000} … {@code 004}) this layout imitates. */
    public String seed() {
        return seed;
    }

    public static Layout ofSeed(String seed) {
        for (Layout l : values()) {
            if (l.seed.equals(seed)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no layout for seed " + seed);
    }
}
