package org.wfm.examples.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against its contract in docs/formats.md: every subcommand picocli knows (so a new one is covered
 * without touching this test) answers {@code --help}, and its long options are exactly those in the table of its
 * section {@code ### `wfm NAME`}.
 */
class CommandLineContractTest {

    /** Relative to the examples module, where Maven runs the tests. */
    private static final Path FORMATS = Path.of("../docs/formats.md");

    private static final Pattern SECTION = Pattern.compile("^### `wfm ([a-z-]+)`");
    private static final Pattern OPTION_ROW = Pattern.compile("^\\| `(--[a-z0-9-]+)`");

    /** Run by the ./wfm launcher, not by picocli: documented, but no subcommand of {@link WfmCommand}. */
    private static final Set<String> LAUNCHER_ONLY = Set.of("shell");

    @TestFactory
    Stream<DynamicTest> everySubcommandAnswersHelp() {
        return subcommands().keySet().stream().map(name -> DynamicTest.dynamicTest("wfm " + name + " --help", () -> {
            WfmRun run = WfmRun.of(name, "--help");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("Usage: wfm " + name);
            assertThat(run.err()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySubcommandHasExactlyTheDocumentedOptions() throws IOException {
        Map<String, Set<String>> documented = documentedOptions();
        return subcommands().entrySet().stream().map(e -> DynamicTest.dynamicTest("wfm " + e.getKey(), () -> {
            assertThat(documented).as("a section ### `wfm %s` in %s", e.getKey(), FORMATS).containsKey(e.getKey());
            assertThat(documented.get(e.getKey())).as("options of wfm %s in %s", e.getKey(), FORMATS)
                    .containsExactlyInAnyOrderElementsOf(declaredOptions(e.getValue()));
        }));
    }

    @Test
    void everyDocumentedSubcommandExists() throws IOException {
        Set<String> known = new TreeSet<>(subcommands().keySet());
        known.addAll(LAUNCHER_ONLY);
        assertThat(known).containsAll(documentedOptions().keySet());
    }

    @Test
    void topLevelHelpListsEverySubcommand() {
        WfmRun run = WfmRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains(subcommands().keySet());
    }

    @Test
    void versionIsTheMavenProjectVersion() throws IOException {
        String expected = "wfm " + projectVersion();
        assertThat(WfmRun.of("--version")).satisfies(run -> {
            assertThat(run.status()).isZero();
            assertThat(run.out().strip()).isEqualTo(expected);
        });
        assertThat(WfmRun.of("schedule", "--version").out().strip()).isEqualTo(expected);
        assertThat(Files.readString(FORMATS)).contains("`wfm <version>`");
    }

    @Test
    void noSubcommandIsBadInput() {
        WfmRun run = WfmRun.of();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("wfm: ").doesNotContain("\n");
    }

    private static Map<String, CommandLine> subcommands() {
        return WfmCommand.commandLine(false).getSubcommands();
    }

    /** The long options a command declares, without the standard --help and --version. */
    private static Set<String> declaredOptions(CommandLine command) {
        Set<String> names = new TreeSet<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                Stream.of(option.names()).filter(n -> n.startsWith("--")).forEach(names::add);
            }
        }
        return names;
    }

    /** Per {@code ### `wfm NAME`} section, the options in the first column of its table. */
    private static Map<String, Set<String>> documentedOptions() throws IOException {
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : Files.readAllLines(FORMATS)) {
            Matcher section = SECTION.matcher(line);
            if (section.find()) {
                current = new TreeSet<>();
                sections.put(section.group(1), current);
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null) {
                Matcher option = OPTION_ROW.matcher(line);
                if (option.find()) {
                    current.add(option.group(1));
                }
            }
        }
        return sections;
    }

    /** The version the examples module inherits from its parent in pom.xml. */
    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("the parent's version in examples/pom.xml").isTrue();
        return m.group(1).strip();
    }
}
