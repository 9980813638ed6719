package dev.trustrules.internal.run;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a policy build on a thread of its own with a large stack, and turns whatever escapes it into a
 * {@link PolicyBuildException}: the parsers and the code generator recurse over expressions, so a
 * pathological rule file must cost its build, never the caller's thread (a service's file watcher, a
 * reload endpoint) or print a stack trace.
 */
final class BuildThread {
    /** Enough for any expression a person writes, and the structure check refuses deeper brackets anyway. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private BuildThread() {}

    static <T> T run(String origin, Supplier<T> build) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(build.get());
            } catch (Throwable e) { // everything, so that the caller gets a problem, not a dead thread
                failure.set(e);
            }
        }, "trust-rules-build", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a build is not abandoned halfway: it ends, then the flag is restored
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e == null) {
            return result.get();
        }
        if (e instanceof PolicyBuildException problems) {
            throw problems;
        }
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError) && !(e instanceof OutOfMemoryError)) {
            throw (VirtualMachineError) e;
        }
        String what = e instanceof StackOverflowError
                ? "compiling the rules overflowed the stack: an expression is too long or too deeply nested; split it"
                : e instanceof OutOfMemoryError ? "compiling the rules ran out of memory: the rule files are too large"
                : "the rules could not be compiled: " + e;
        throw new PolicyBuildException(origin, List.of(new Problem("(policy)", 0, 0, Problem.Severity.ERROR, what)));
    }
}
