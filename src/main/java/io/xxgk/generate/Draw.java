package io.xxgk.generate;

import java.util.SplittableRandom;

/** Small random draws on a report's own generator, so one (seed, index) always gives the same report. */
final class Draw {

    private Draw() {
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** A count with the given mean: Poisson for small means (most cells are 0 or small), normal above 30. */
    static int count(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        }
        double limit = Math.exp(-mean);
        double p = r.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= r.nextDouble();
            k++;
        }
        return k;
    }

    /** A multiplicative spread around 1 (log-normal), so agencies of one kind still differ by an order of magnitude. */
    static double spread(SplittableRandom r, double sigma) {
        return Math.exp(sigma * gaussian(r));
    }

    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom r, T... options) {
        return options[r.nextInt(options.length)];
    }

    /** Index drawn with the given weights. */
    static int weighted(SplittableRandom r, double[] weights, double total) {
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
