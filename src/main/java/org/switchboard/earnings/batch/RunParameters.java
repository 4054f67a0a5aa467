package org.switchboard.earnings.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import org.switchboard.earnings.control.PayoutPeriod;

import java.util.Properties;

/** The parameters a payout run is started with: its claim and the period it pays. */
public record RunParameters(long runId, PayoutPeriod period) {

    public static final String JOB = "payout-run";

    public Properties asProperties() {
        Properties properties = new Properties();
        properties.setProperty("runId", Long.toString(runId));
        properties.setProperty("period", period.code());
        return properties;
    }

    static RunParameters of(JobContext job) {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return new RunParameters(Long.parseLong(parameters.getProperty("runId")),
                PayoutPeriod.parse(parameters.getProperty("period")).orElseThrow());
    }
}
