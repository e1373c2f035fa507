package io.xxgk.publish;

import io.xxgk.jobs.OutputFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The publish step's reader: the list of files to (re)write, one {@link PublishTarget} per chunk. Empty when the
 * outputs already reflect every warehouse change and are all present, so a load that changed nothing rewrites no
 * byte. The plan depends only on the warehouse, which does not change between a crash and the restart, and the
 * read count is the step's restart position: a restarted publish skips the files already renamed into place.
 */
public class PublicationPlan extends AbstractItemCountingItemStreamItemReader<PublishTarget> {

    private static final Logger log = LoggerFactory.getLogger(PublicationPlan.class);
    /** Execution-context key: the warehouse change the saved plan position refers to. */
    private static final String PLANNED_AT = "planned.at.change";

    private final JdbcTemplate jdbc;
    private final WarehouseRows rows;
    private final OutputLayout layout;
    private final Set<OutputFormat> outputs;
    private List<PublishTarget> targets = List.of();
    private long lastChange;

    public PublicationPlan(JdbcTemplate jdbc, OutputLayout layout, Set<OutputFormat> outputs) {
        this.jdbc = jdbc;
        this.rows = new WarehouseRows(jdbc);
        this.layout = layout;
        this.outputs = outputs;
        setName("publicationPlan");
    }

    /**
     * Resumes after the files already published, unless the warehouse changed since the plan was made (a newer
     * load ran before this one was restarted): then the saved position means nothing and the plan starts over.
     */
    @Override
    public void open(ExecutionContext context) {
        lastChange = rows.lastChange();
        String planned = getExecutionContextKey(PLANNED_AT);
        if (context.containsKey(planned) && context.getLong(planned) != lastChange) {
            log.info("The warehouse changed since this publication was planned; publishing everything again");
            context.remove(getExecutionContextKey("read.count"));
        }
        super.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putLong(getExecutionContextKey(PLANNED_AT), lastChange);
    }

    @Override
    protected void doOpen() {
        List<Integer> years = rows.factYears();
        if (upToDate(years, lastChange)) {
            log.info("Outputs are up to date with the warehouse; nothing to publish");
            targets = List.of();
            return;
        }
        List<PublishTarget> plan = new ArrayList<>();
        years.forEach(year -> plan.add(new PublishTarget.FactsOfYear(year)));
        plan.add(new PublishTarget.Reports());
        plan.add(new PublishTarget.Findings());
        plan.add(new PublishTarget.Finish(years, lastChange));
        targets = List.copyOf(plan);
    }

    @Override
    protected PublishTarget doRead() {
        int next = getCurrentItemCount() - 1;
        return next < targets.size() ? targets.get(next) : null;
    }

    @Override
    protected void doClose() {
        targets = List.of();
    }

    private boolean upToDate(List<Integer> years, long lastChange) {
        List<Long> published = jdbc.queryForList("SELECT changed_through FROM publication WHERE id = 1 AND outputs = ?",
                Long.class, outputsKey(outputs));
        if (published.isEmpty() || published.get(0) < lastChange) {
            return false;
        }
        for (OutputFormat format : outputs) {
            if (!Files.exists(layout.reports(format)) || !Files.exists(layout.findings(format))
                    || !years.stream().allMatch(year -> Files.exists(layout.facts(format, year)))) {
                return false;
            }
        }
        return true;
    }

    static String outputsKey(Set<OutputFormat> outputs) {
        return outputs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
