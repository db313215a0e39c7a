package bench;

import java.lang.reflect.Method;

/** Benchmark target: N reflective calls from one call site (the agent must aggregate them). */
public class Hot {
    public static int work(int x) { return x + 1; }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Method m = Hot.class.getMethod("work", int.class);
        long t0 = System.nanoTime();
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc += (Integer) m.invoke(null, i);
        }
        System.out.println("calls=" + n + " ms=" + (System.nanoTime() - t0) / 1_000_000 + " acc=" + acc);
    }
}
