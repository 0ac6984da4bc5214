package org.wfm.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file beside the target, which
 * replaces the target only when writing succeeded. A failure leaves no half-written output behind, keeps an
 * existing target as it was, and names the target the user gave (never the temporary file). A {@link Batch}
 * does the same for several files together: all of them or none.
 */
public final class AtomicFile {

    /** What writes the content; may throw. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target} (UTF-8), creating parent folders as needed. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = createTemp(target, absolute);
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(writer);
            } catch (FileSystemException e) {
                throw cannotWrite(target, e);
            }
            move(temp, absolute, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A new, empty batch of outputs. */
    public static Batch batch() {
        return new Batch();
    }

    /**
     * Several output files written all or none: {@link #stage} gives, for each target, a temporary path beside
     * it to write to (with any writer of the formats); {@link #commit} moves every staged file onto its target
     * once all are written; {@link #close} without a commit deletes them, so a failed run changes no output.
     * A target given twice, or equal to a {@link #protect protected} input, is refused when staged.
     *
     * <pre>{@code
     * try (AtomicFile.Batch batch = AtomicFile.batch()) {
     *     RosterJson.write(roster, batch.stage(json));
     *     RosterCsv.write(roster, zone, batch.stage(csv));
     *     batch.commit();
     * }
     * }</pre>
     */
    public static final class Batch implements AutoCloseable {

        private final Map<Path, Path> staged = new LinkedHashMap<>();
        private final Map<Path, Path> given = new LinkedHashMap<>();
        private final List<Path> inputs = new ArrayList<>();

        private Batch() {
        }

        /** The same batch refusing to write over these input files ({@code null}s are skipped). */
        public Batch protect(Path... files) {
            for (Path file : files) {
                if (file != null) {
                    inputs.add(file);
                }
            }
            return this;
        }

        /**
         * A temporary path to write {@code target}'s content to, beside it.
         *
         * @throws IllegalArgumentException when the batch already writes {@code target}
         * @throws IOException              naming {@code target} when its folder cannot be written
         */
        public Path stage(Path target) throws IOException {
            Path absolute = target.toAbsolutePath().normalize();
            if (staged.containsKey(absolute)) {
                throw new IllegalArgumentException(target + " is given for two outputs; each needs its own file");
            }
            for (Path input : inputs) {
                if (sameFile(input, target)) {
                    throw new IllegalArgumentException(target + " is an input and an output; write the output to "
                            + "another file so the input stays as it is");
                }
            }
            Path temp = createTemp(target, absolute);
            staged.put(absolute, temp);
            given.put(absolute, target);
            return temp;
        }

        /** Moves every staged file onto its target. */
        public void commit() throws IOException {
            List<Path> done = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                move(e.getValue(), e.getKey(), given.get(e.getKey()));
                done.add(e.getKey());
            }
            done.forEach(staged::remove);
        }

        /** Deletes what was staged and not committed. */
        @Override
        public void close() throws IOException {
            for (Path temp : staged.values()) {
                Files.deleteIfExists(temp);
            }
            staged.clear();
        }
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static void move(Path temp, Path absolute, Path target) throws IOException {
        try {
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw cannotWrite(target, e);
        }
    }

    /** A temporary file beside the target, readable by others like any new file (createTempFile is owner-only). */
    private static Path createTemp(Path target, Path absolute) throws IOException {
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a folder, expected a file name");
        }
        Path folder = absolute.getParent();
        String name = "." + absolute.getFileName();
        try {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.createTempFile(folder, name, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
            }
            return Files.createTempFile(folder, name, ".tmp");
        } catch (FileSystemException e) {
            throw cannotWrite(target, e);
        }
    }

    /** The failure in the user's words: their path, and why (not the temporary file's name). */
    private static IOException cannotWrite(Path target, FileSystemException e) {
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileAlreadyExistsException ? "a file stands where a folder is needed"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        IOException error = new IOException("cannot write " + target + ": " + why);
        error.initCause(e);
        return error;
    }
}
