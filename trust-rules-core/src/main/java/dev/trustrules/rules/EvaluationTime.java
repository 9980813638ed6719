package dev.trustrules.rules;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * Inserted by the engine: the time the decision is made for. Rules read time from here (or from the
 * facts), never from the system clock, so a decision replays.
 *
 * @param at the evaluation time
 */
public record EvaluationTime(Instant at) {
    public EvaluationTime {
        Require.present("EvaluationTime.at", at);
    }
}
