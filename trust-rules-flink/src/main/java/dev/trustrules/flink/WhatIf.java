package dev.trustrules.flink;

import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The what-if of {@code trust-rules diff} as a Flink job: every document of a JSON Lines corpus (files or
 * folders on any file system Flink reads) decided under a baseline and a candidate release, across the
 * job's parallel tasks, into the report the command-line tool prints ({@link dev.trustrules.diff.DiffReport}).
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * env.setRuntimeMode(RuntimeExecutionMode.BATCH);
 * WhatIf whatIf = WhatIf.over(env, baseline, candidate, 5, new Path("s3://audit/orders/2026/"));
 * whatIf.report().print();                         // one record: the report's text
 * whatIf.failures().sinkTo(failureSink);           // lines that could not be decided, with the reason
 * env.execute("what-if");
 * }</pre>
 *
 * <p>Unlike the command-line tool, which stops at the first line it cannot decide, the job goes on: such
 * lines are on {@link #failures()} and the report counts them ({@code not decided: N documents}). On a
 * corpus of one file whose lines all decide, the report is the command-line tool's, character for
 * character; with several files, samples name their file.
 *
 * @param report one record, the report's text, from a task of parallelism 1 that merges the partial counts
 * @param failures the lines not decided, with their place and reason
 */
public record WhatIf(SingleOutputStreamOperator<String> report, DataStream<DecisionFailure> failures) {

    /**
     * Defines the what-if on {@code env}: a bounded {@code FileSource} over {@code corpus} (one split per
     * file), the decisions at the environment's parallelism, and the merge. Run it in
     * {@code RuntimeExecutionMode.BATCH}.
     *
     * @throws IllegalArgumentException if {@code samples} is negative or no corpus path is given
     */
    public static WhatIf over(StreamExecutionEnvironment env, PolicyRelease baseline, PolicyRelease candidate, int samples,
            Path... corpus) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0, was " + samples);
        }
        if (corpus.length == 0) {
            throw new IllegalArgumentException("corpus: give at least one file or folder");
        }
        boolean singleFile = corpus.length == 1 && isFile(corpus[0]);
        FileSource<CorpusLine> source = FileSource.forBulkFileFormat(new JsonLinesFormat(), corpus).build();
        SingleOutputStreamOperator<WhatIfPart> parts = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "what-if corpus")
                .transform("what-if decide", TrustTypes.whatIfPart(),
                        new WhatIfOperator(baseline, candidate, samples, !singleFile));
        SingleOutputStreamOperator<String> report = parts
                .transform("what-if report", Types.STRING, new WhatIfMerge(samples, "release " + baseline.label(), "release " + candidate.label()))
                .setParallelism(1)
                .setMaxParallelism(1);
        return new WhatIf(report, parts.getSideOutput(TrustDecisions.FAILURES));
    }

    private static boolean isFile(Path path) {
        try {
            return !path.getFileSystem().getFileStatus(path).isDir();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("corpus: cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
