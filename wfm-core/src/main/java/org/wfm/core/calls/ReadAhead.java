package org.wfm.core.calls;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads an iterator ahead on a second thread, in blocks, so parsing a file and counting its records share two cores;
 * the order is kept and a failure surfaces at the element where it happened, as without read-ahead. At most
 * {@code BLOCKS} blocks wait, so memory stays bounded however large the file. {@link #close} stops the reader.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int BLOCK = 4096;
    private static final int BLOCKS = 4;

    /** One block, or the end of the source with the failure that ended it ({@code null} for a normal end). */
    private record Block<T>(List<T> items, RuntimeException failure, boolean last) {
    }

    private final BlockingQueue<Block<T>> blocks = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread reader;
    private Iterator<T> current = List.<T>of().iterator();
    private Block<T> block;
    private boolean done;

    ReadAhead(Iterator<T> source, String name) {
        reader = new Thread(() -> read(source), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> source) {
        try {
            List<T> items = new ArrayList<>(BLOCK);
            RuntimeException failure = null;
            try {
                while (source.hasNext()) {
                    items.add(source.next());
                    if (items.size() == BLOCK) {
                        blocks.put(new Block<>(items, null, false));
                        items = new ArrayList<>(BLOCK);
                    }
                }
            } catch (RuntimeException e) {
                failure = e;
            } catch (Error e) {
                failure = new IllegalStateException(e.toString(), e);
            }
            blocks.put(new Block<>(items, failure, true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: stop reading
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (done) {
                if (block.failure() != null) {
                    RuntimeException failure = block.failure();
                    block = new Block<>(List.of(), null, true);
                    throw failure;
                }
                return false;
            }
            try {
                block = blocks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            current = block.items().iterator();
            done = block.last();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reader thread and waits for it, so the source can be closed safely. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
