package dev.trustrules.flink;

import dev.trustrules.PolicyId;
import dev.trustrules.diff.DiffReport;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/** Merges the parallel tasks' partial reports (in any order: the result is the same) and emits the report's text once. */
final class WhatIfMerge extends AbstractStreamOperator<String>
        implements OneInputStreamOperator<WhatIfPart, String>, BoundedOneInput {
    private static final long serialVersionUID = 1L;

    private final int samples;
    private final String baselineLabel;
    private final String candidateLabel;
    private transient DiffReport report;
    private transient PolicyId baseline;
    private transient PolicyId candidate;

    WhatIfMerge(int samples, String baselineLabel, String candidateLabel) {
        this.samples = samples;
        this.baselineLabel = baselineLabel;
        this.candidateLabel = candidateLabel;
    }

    @Override
    public void open() throws Exception {
        super.open();
        report = new DiffReport(samples);
    }

    @Override
    public void processElement(StreamRecord<WhatIfPart> element) {
        WhatIfPart part = element.getValue();
        baseline = part.baseline();
        candidate = part.candidate();
        report.merge(part.report());
    }

    @Override
    public void endInput() {
        if (baseline != null) {
            output.collect(new StreamRecord<>(report.render(DiffReport.Policy.of(baselineLabel, baseline),
                    DiffReport.Policy.of(candidateLabel, candidate))));
        }
    }
}
