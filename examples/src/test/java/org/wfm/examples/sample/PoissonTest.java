package org.wfm.examples.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PoissonTest {

    @Test
    void sameSeedSameDraws() {
        SplittableRandom random = new SplittableRandom(7);
        assertThat(Poisson.sample(random, 3.5)).isEqualTo(3);
        assertThat(Poisson.sample(random, 42)).isEqualTo(44);
        assertThat(Poisson.sample(random, 1e6)).isEqualTo(999_240);
    }

    /** Mean and variance both equal the Poisson mean, on either side of the switch between the two samplers. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 4, 9.9, 10, 25, 400, 1e5})
    void meanAndVarianceMatch(double mean) {
        SplittableRandom random = new SplittableRandom(11);
        int n = 40_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            long k = Poisson.sample(random, mean);
            assertThat(k).isNotNegative();
            sum += k;
            squares += (double) k * k;
        }
        double sampleMean = sum / n;
        double sampleVariance = squares / n - sampleMean * sampleMean;
        // 5 standard errors of the mean; the variance's relative standard error is about sqrt(2 / n) = 0.7 %
        assertThat(sampleMean).isCloseTo(mean, within(5 * Math.sqrt(mean / n)));
        assertThat(sampleVariance / mean).isCloseTo(1, within(0.05));
    }

    @Test
    void hugeMeansStayFiniteAndClose() {
        SplittableRandom random = new SplittableRandom(3);
        double mean = 1e12;
        long k = Poisson.sample(random, mean);
        assertThat(Math.abs(k - mean)).isLessThan(6 * Math.sqrt(mean));
    }

    @Test
    void zeroMeanGivesZero() {
        assertThat(Poisson.sample(new SplittableRandom(1), 0)).isZero();
    }

    @Test
    void rejectsMeansThatAreNotFiniteOrNegative() {
        SplittableRandom random = new SplittableRandom(1);
        for (double bad : new double[]{-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Poisson.sample(random, bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Poisson mean");
        }
    }

    @Test
    void stirlingSeriesContinuesTheTable() {
        double sum = 0;
        for (int k = 2; k <= 300; k++) {
            sum += Math.log(k);
            assertThat(Poisson.logFactorial(k)).isCloseTo(sum, within(1e-9 * sum));
        }
        assertThat(Poisson.logFactorial(0)).isZero();
        assertThat(Poisson.logFactorial(1)).isZero();
    }
}
