package dev.trustrules.flink;

import dev.trustrules.Decision;
import dev.trustrules.EvaluationException;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.diff.DiffReport;
import dev.trustrules.json.TrustJson;
import dev.trustrules.json.TrustJsonException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * One parallel task of the what-if: takes the baseline and the candidate release (built once per
 * TaskManager, {@link SharedPolicies}), decides each
 * corpus line under both and counts into a {@link DiffReport} of its own, emitted when its input ends. A
 * line that cannot be decided goes to {@link TrustDecisions#FAILURES}, named as {@code trust-rules diff}
 * names it ({@code file:line:column: path: problem}), and is counted as not decided.
 */
final class WhatIfOperator extends AbstractStreamOperator<WhatIfPart>
        implements OneInputStreamOperator<CorpusLine, WhatIfPart>, BoundedOneInput {
    private static final long serialVersionUID = 1L;

    private final PolicyRelease baselineRelease;
    private final PolicyRelease candidateRelease;
    private final int samples;
    private final boolean nameFiles;
    private transient TrustPolicy baseline;
    private transient TrustPolicy candidate;
    private transient DiffReport report;

    WhatIfOperator(PolicyRelease baseline, PolicyRelease candidate, int samples, boolean nameFiles) {
        this.baselineRelease = baseline;
        this.candidateRelease = candidate;
        this.samples = samples;
        this.nameFiles = nameFiles;
    }

    @Override
    public void open() throws Exception {
        super.open();
        baseline = SharedPolicies.acquire(baselineRelease);
        candidate = SharedPolicies.acquire(candidateRelease);
        report = new DiffReport(samples);
    }

    @Override
    public void processElement(StreamRecord<CorpusLine> element) {
        CorpusLine line = element.getValue();
        if (line.isBlank()) {
            return;
        }
        TrustRequest request;
        try {
            request = TrustJson.readRequest(new ByteArrayInputStream(line.bytes()));
        } catch (TrustJsonException e) {
            fail(line, null, line.file() + ":" + line.line() + ":" + e.column() + ": "
                    + (e.path().isEmpty() ? "" : e.path() + ": ") + e.problem());
            return;
        } catch (IllegalArgumentException e) {
            fail(line, null, line.file() + ":" + line.line() + ": " + e.getMessage());
            return;
        }
        Decision before;
        Decision after;
        try {
            before = baseline.evaluate(request);
        } catch (EvaluationException e) {
            fail(line, DiffReport.Side.BASELINE, line.file() + ":" + line.line() + ": baseline: " + e.getMessage());
            return;
        }
        try {
            after = candidate.evaluate(request);
        } catch (EvaluationException e) {
            fail(line, DiffReport.Side.CANDIDATE, line.file() + ":" + line.line() + ": candidate: " + e.getMessage());
            return;
        }
        report.add(nameFiles ? line.file() : "", line.line(), request, before, after);
    }

    /** Counts the line as invalid ({@code side} null) or failed under {@code side}, and sends it to the failures. */
    private void fail(CorpusLine line, DiffReport.Side side, String reason) {
        String source = nameFiles ? line.file() : "";
        if (side == null) {
            report.addInvalid(source, line.line(), reason);
        } else {
            report.addFailed(source, line.line(), side, reason);
        }
        output.collect(TrustDecisions.FAILURES, new StreamRecord<>(new DecisionFailure(
                new String(line.bytes(), StandardCharsets.UTF_8), reason,
                baselineRelease.label() + " vs " + candidateRelease.label())));
    }

    @Override
    public void endInput() {
        output.collect(new StreamRecord<>(new WhatIfPart(baseline.id(), candidate.id(), report)));
        report = new DiffReport(samples);
    }

    @Override
    public void close() throws Exception {
        try {
            if (baseline != null) {
                SharedPolicies.release(baselineRelease);
            }
            if (candidate != null) {
                SharedPolicies.release(candidateRelease);
            }
        } finally {
            super.close();
        }
    }
}
