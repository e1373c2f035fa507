package io.xxgk.generate;

import java.util.List;

/**
 * Everything decided about one generated report before it is written as text: who reports, for which year, the
 * cells (the ground truth), the labels and value habits it prints, its running text, the faults injected on purpose
 * and how the file is encoded. A {@link LayoutWriter} turns it into text; nothing here depends on the layout's form.
 *
 * @param faults injected consistency faults, each with the rules it breaks; empty for a consistent report
 */
public record ReportContent(int index, Layout layout, Agency agency, int year, ReportTruth truth, LabelStyle style,
                            ValueHabits habits, Narrative narrative, List<String> faults, FileEncoding encoding) {
}
