package org.wfm.examples.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in corpus of bad inputs, {@code src/test/resources/bad-input/<case>/}: each case holds the files of a
 * user's folder, a {@code command} line (arguments separated by spaces, {@code {}} for the folder) and the
 * {@code expected} line on stderr. Each runs through the command in-process on a copy of its folder and must exit
 * with status 2, print exactly that one line, and leave the folder as it was: no output written, no temporary
 * file left behind, an existing output unchanged.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @Test
    void theCorpusHasAHundredCasesOrMore() throws IOException {
        try (Stream<Path> cases = Files.list(CORPUS)) {
            assertThat(cases.filter(Files::isDirectory).count()).isGreaterThanOrEqualTo(100);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsRefusedInOneLineAndWritesNothing() throws IOException {
        return Files.list(CORPUS).filter(Files::isDirectory).sorted()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> run(dir)));
    }

    private static void run(Path caseDir) throws IOException {
        Path folder = Files.createTempDirectory("bad-input");
        try {
            copy(caseDir, folder);
            Map<String, String> before = contents(folder);
            String[] args = Arrays.stream(Files.readString(caseDir.resolve("command")).trim().split("\\s+"))
                    .map(a -> a.replace("{}", folder.toString())).toArray(String[]::new);
            String expected = Files.readString(caseDir.resolve("expected")).trim().replace("{}", folder.toString());

            WfmRun run = WfmRun.of(args);

            assertThat(run.status()).as("exit status; stderr: %s", run.err()).isEqualTo(2);
            assertThat(run.err().lines().filter(l -> !l.isBlank()).toList()).containsExactly(expected);
            assertThat(contents(folder)).as("the folder after the run").isEqualTo(before);
        } finally {
            delete(folder);
        }
    }

    /** The case's files, without its {@code command} and {@code expected}. */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path relative = from.relativize(source);
                String name = relative.toString();
                if (name.equals("command") || name.equals("expected") || name.isEmpty()) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    /** Every file and folder under {@code dir} with its bytes, so any change shows. */
    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.forEach(f -> {
                try {
                    contents.put(dir.relativize(f).toString(),
                            Files.isDirectory(f) ? "<folder>" : java.util.HexFormat.of().formatHex(Files.readAllBytes(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return contents;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
