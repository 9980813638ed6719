package dev.trustrules.flink;

import dev.trustrules.json.JsonLinesReader;

/**
 * One line of a JSON Lines corpus, as bytes (the JSON reader decodes UTF-8 itself, so a bad byte is
 * named at its line and column).
 *
 * @param file the corpus file, as the source names it
 * @param line the line number, from 1
 * @param bytes the line without its {@code \n} or {@code \r\n}
 */
record CorpusLine(String file, long line, byte[] bytes) {
    /** Whether the line holds only blanks (skipped, as {@code trust-rules diff} skips them). */
    boolean isBlank() {
        return JsonLinesReader.isBlank(bytes);
    }
}
