package dev.trustrules.flink;

import dev.trustrules.json.JsonLinesReader;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.ArrayResultIterator;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;

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
        private final JsonLinesReader reader;
        private final String file;
        private long lineNumber;

        LinesReader(FileSourceSplit split, long skip) throws IOException {
            java.net.URI uri = split.path().toUri();
            this.file = "file".equals(uri.getScheme()) ? uri.getPath() : split.path().toString();
            this.reader = new JsonLinesReader(split.path().getFileSystem().open(split.path()));
            while (lineNumber < skip && reader.next() != null) {
                lineNumber++;
            }
        }

        @Override
        public RecordIterator<CorpusLine> readBatch() throws IOException {
            CorpusLine[] lines = new CorpusLine[BATCH];
            long before = lineNumber;
            int count = 0;
            byte[] bytes;
            while (count < BATCH && (bytes = reader.next()) != null) {
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

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
