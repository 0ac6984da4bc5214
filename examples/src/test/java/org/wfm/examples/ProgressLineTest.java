package org.wfm.examples;

import org.junit.jupiter.api.Test;
import org.wfm.scheduler.Progress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    private static Progress at(int seconds, double short_) {
        return new Progress(Duration.ofSeconds(seconds), short_, 315.4, 2434);
    }

    @Test
    void aTerminalGetsOneLineRewrittenInPlace() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);
        line.accept(at(1, 122.25));
        line.accept(at(2, 22.1));
        line.finish();
        assertThat(text.toString()).isEqualTo("\rscheduling: 1 s: 122.3 agent-hours short, 315.4 over, 2434 paid hours"
                + "\rscheduling: 2 s: 22.1 agent-hours short, 315.4 over, 2434 paid hours " + System.lineSeparator());
    }

    @Test
    void elsewhereALineEveryTenSeconds() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false);
        for (int s = 0; s <= 25; s++) {
            line.accept(at(s, 30 - s));
        }
        line.finish();
        assertThat(text.toString().lines()).containsExactly(
                "scheduling: 0 s: 30.0 agent-hours short, 315.4 over, 2434 paid hours",
                "scheduling: 10 s: 20.0 agent-hours short, 315.4 over, 2434 paid hours",
                "scheduling: 20 s: 10.0 agent-hours short, 315.4 over, 2434 paid hours");
    }
}
