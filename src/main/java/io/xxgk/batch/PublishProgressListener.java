package io.xxgk.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before the publish step: tells {@link LoadProgress} that extraction is over. The extract step says so too, but a
 * resumed load whose extraction had completed starts at publishing and never runs it.
 */
final class PublishProgressListener implements StepExecutionListener {

    private final LoadProgress progress;

    PublishProgressListener(LoadProgress progress) {
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        progress.extractionEnded();
    }
}
