package io.xxgk.batch;

import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.dao.DataAccessException;

/**
 * Which failures cost one file rather than the run: anything a report's content can provoke in the parser (a bug
 * on an odd file, a stack overflow on a deeply nested one). Never skipped: failures to read or write the warehouse
 * (disk full, database gone), which would fail every file; the step fails and the run resumes after the fix.
 */
final class ReportSkipPolicy implements SkipPolicy {

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        if (t instanceof DataAccessException) {
            return false;
        }
        return t instanceof Exception || t instanceof StackOverflowError;
    }
}
