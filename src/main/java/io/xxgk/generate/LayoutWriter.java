package io.xxgk.generate;

import java.util.SplittableRandom;

/**
 * Writes a report's content in one text layout. One implementation per seed layout (spec §7.6); each builds the
 * layout's structure (titles, headings, table forms, its quirks) from the content, never by editing a seed file.
 */
interface LayoutWriter {

    Layout layout();

    /**
     * @param r the report's own random source, for the layout's choices (where a page break falls, which header
     *          cell is broken): the same report always gets the same text
     */
    String write(ReportContent report, SplittableRandom r);
}
