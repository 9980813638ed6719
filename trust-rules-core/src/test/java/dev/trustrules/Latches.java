package dev.trustrules;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test rule pause mid-evaluation (rule files in tests may call it; strict mode would refuse). */
public final class Latches {
    public static volatile CountDownLatch entered = new CountDownLatch(1);
    public static volatile CountDownLatch release = new CountDownLatch(1);

    private Latches() {}

    public static boolean pause() {
        entered.countDown();
        try {
            return release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
