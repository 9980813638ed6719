package dev.trustrules.flink;

import java.io.IOException;
import java.util.Arrays;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a JSON Lines file for {@code FileSource} as numbered lines of bytes, one file per split (the line
 * numbers must count from the file's start). A reader restored from a checkpoint reads the file again from
 * the start and skips the lines already emitted.
 */
final class JsonLinesFormat implements BulkFormat<CorpusLine, FileSourceSplit> {
    private static final long serialVersionUID = 1L;
    private static final int BATCH = 256;

    @Override
    public Reader<CorpusLine> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new LinesReader(split, 0);
    }

    @Override
    public Reader<CorpusLine> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        return new LinesReader(split, split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L));
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<CorpusLine> getProducedType() {
        return TrustTypes.corpusLine();
    }

    private static final class LinesReader implements BulkFormat.Reader<CorpusLine> {
        private final FSDataInputStream in;
        private final String file;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[1024];
        private long lineNumber;

        LinesReader(FileSourceSplit split, long skip) throws IOException {
            java.net.URI uri = split.path().toUri();
            this.file = "file".equals(uri.getScheme()) ? uri.getPath() : split.path().toString();
            this.in = split.path().getFileSystem().open(split.path());
            while (lineNumber < skip && next() != null) {
                lineNumber++;
            }
        }

        @Override
        public RecordIterator<CorpusLine> readBatch() throws IOException {
            CorpusLine[] lines = new CorpusLine[BATCH];
            long before = lineNumber;
            int count = 0;
            byte[] bytes;
            while (count < BATCH && (bytes = next()) != null) {
                lineNumber++;
                lines[count++] = new CorpusLine(file, lineNumber, bytes);
            }
            if (count == 0) {
                return null;
            }
            ArrayResultIterator<CorpusLine> batch = new ArrayResultIterator<>();
            batch.set(lines, count, CheckpointedPosition.NO_OFFSET, before);
            return batch;
        }

        /** The next line, or {@code null} at the end of the file (as {@code trust-rules diff} splits them). */
        private byte[] next() throws IOException {
            int length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? finish(length) : null;
                    }
                }
                any = true;
                int start = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int count = position - start;
                if (length + count > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
                }
                System.arraycopy(buffer, start, line, length, count);
                length += count;
                if (position < limit) {
                    position++;
                    return finish(length);
                }
            }
        }

        private byte[] finish(int length) {
            int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            return Arrays.copyOf(line, end);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
