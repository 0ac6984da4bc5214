package org.wfm.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module and package rules of the README's module table, checked on the main sources of every module: core
 * knows nothing of forecasting or OptaPlanner, forecast and scheduler depend on core only, OptaPlanner's
 * implementation classes are used only by the solver's extension points, and the scheduler's planning classes
 * are used only inside the scheduler.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of("..");

    private static List<Path> mainSources(String module) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importing(List<Path> files, String prefix) {
        Pattern pattern = Pattern.compile("^import (static )?" + Pattern.quote(prefix), Pattern.MULTILINE);
        return files.stream().filter(f -> pattern.matcher(read(f)).find()).map(f -> ROOT.relativize(f).toString())
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyModuleHasSources() {
        for (String module : List.of("wfm-core", "wfm-forecast", "wfm-scheduler", "examples")) {
            assertThat(mainSources(module)).as(module).hasSizeGreaterThan(5);
        }
    }

    @Test
    void coreKnowsNothingOfForecastingOrScheduling() {
        List<Path> core = mainSources("wfm-core");
        assertThat(importing(core, "org.wfm.forecast")).isEmpty();
        assertThat(importing(core, "org.wfm.scheduler")).isEmpty();
        assertThat(importing(core, "org.optaplanner")).isEmpty();
        assertThat(importing(core, "org.ojalgo")).isEmpty();
    }

    @Test
    void forecastAndSchedulerDependOnCoreOnly() {
        assertThat(importing(mainSources("wfm-forecast"), "org.wfm.scheduler")).isEmpty();
        assertThat(importing(mainSources("wfm-forecast"), "org.optaplanner")).isEmpty();
        assertThat(importing(mainSources("wfm-scheduler"), "org.wfm.forecast")).isEmpty();
    }

    @Test
    void optaPlannerImplementationOnlyInTheSolverPackage() {
        List<String> users = importing(mainSources("wfm-scheduler"), "org.optaplanner.core.impl");
        assertThat(users).isNotEmpty().allMatch(f -> f.contains("org/wfm/scheduler/internal/solver/"));
        assertThat(importing(mainSources("examples"), "org.optaplanner")).isEmpty();
    }

    @Test
    void planningClassesStayInsideTheScheduler() {
        assertThat(importing(mainSources("examples"), "org.wfm.scheduler.internal")).isEmpty();
        assertThat(importing(mainSources("wfm-scheduler"), "org.wfm.scheduler.internal"))
                .allMatch(f -> f.contains("org/wfm/scheduler/internal/") || f.endsWith("Scheduler.java")
                        || f.endsWith("InputCheck.java"));
        assertThat(importing(mainSources("wfm-scheduler"), "org.wfm.scheduler.internal.domain"))
                .noneMatch(f -> f.contains("org/wfm/scheduler/bound/"));
    }
}
