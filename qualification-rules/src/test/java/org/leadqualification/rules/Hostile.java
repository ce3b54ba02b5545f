package org.leadqualification.rules;

/** Helpers that hostile test rules call from their consequences. Public so that DRL can call them. */
public final class Hostile {
    private Hostile() {
    }

    /**
     * Recurses until the stack overflows.
     *
     * @param depth how deep it is so far
     * @return never returns
     */
    public static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    /**
     * Sleeps, as a slow consequence would.
     *
     * @param millis how long
     */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
