package org.wfm.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a user's input file as UTF-8 text, refusing what is not: a folder, a file that cannot be read, a binary
 * file, or text in another encoding (Latin-1, say), each with the file's name and, for bad bytes, the line.
 * Every reader of the public formats opens its files here, so the messages are the same for all of them.
 */
public final class InputFile {

    /** Largest input read, bytes: far beyond years of 5-minute history, small enough to hold in memory. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private InputFile() {
    }

    /**
     * The file's text.
     *
     * @throws NoSuchFileException   when it does not exist (the command line reports it as such)
     * @throws InputFormatException  when it is a folder, too large, binary or not UTF-8
     * @throws IOException           when reading fails otherwise
     */
    public static String text(Path file) throws IOException {
        String name = file.toString();
        check(file);
        if (Files.size(file) > MAX_BYTES) {
            throw new InputFormatException(name, 0, null, "is " + Files.size(file) / (1024 * 1024)
                    + " MiB, more than the " + MAX_BYTES / (1024 * 1024) + " MiB wfm reads");
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputFormatException(name, lineAt(bytes, i), null,
                        "binary data (a NUL byte), expected UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputFormatException(name, lineAt(bytes, in.position()), null,
                    "not UTF-8 text (saved in another encoding such as Latin-1?): save it as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte-order mark is not content
    }

    private static void check(Path file) throws IOException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputFormatException(name, 0, null, "is a folder, expected a file");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(name);
        }
        if (!Files.isReadable(file)) {
            throw new InputFormatException(name, 0, null, "cannot be read (permission denied)");
        }
    }

    /** The file's text as a reader. */
    public static Reader open(Path file) throws IOException {
        return new StringReader(text(file));
    }

    /**
     * The file's text as a reader that decodes as it goes, for files of any size (a year of call records): the same
     * checks as {@link #text}, each failing with the line when the reading reaches it. Close it when done.
     */
    public static Reader stream(Path file) throws IOException {
        check(file);
        return new Decoding(file.toString(), Files.newInputStream(file));
    }

    /** UTF-8 decoding of a byte stream in blocks, refusing NUL bytes and malformed input with the line. */
    private static final class Decoding extends Reader {
        private final String name;
        private final java.io.InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private final CharBuffer chars = CharBuffer.allocate(1 << 16);
        private boolean end;
        private boolean first = true;
        private int line = 1; // of the first byte not yet decoded

        Decoding(String name, java.io.InputStream in) {
            this.name = name;
            this.in = in;
            chars.flip();
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            while (!chars.hasRemaining()) {
                if (end) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        private void fill() throws IOException {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                end = true;
            } else {
                for (int i = bytes.position(); i < bytes.position() + read; i++) {
                    if (bytes.get(i) == 0) {
                        throw new InputFormatException(name, line + newlines(bytes.position(), i), null,
                                "binary data (a NUL byte), expected UTF-8 text");
                    }
                }
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            chars.clear();
            int before = bytes.position();
            var result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                throw new InputFormatException(name, line + newlines(before, bytes.position()), null,
                        "not UTF-8 text (saved in another encoding such as Latin-1?): save it as UTF-8");
            }
            line += newlines(before, bytes.position());
            if (end) {
                decoder.flush(chars);
            }
            bytes.compact();
            chars.flip();
            if (first && chars.hasRemaining() && chars.get(chars.position()) == '\uFEFF') {
                chars.get(); // a byte-order mark is not content
            }
            first = first && !chars.hasRemaining() && !end;
        }

        private int newlines(int from, int to) {
            byte[] array = bytes.array();
            int count = 0;
            for (int i = from; i < to; i++) {
                if (array[i] == '\n') {
                    count++;
                }
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** 1-based line of byte {@code position}. */
    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
