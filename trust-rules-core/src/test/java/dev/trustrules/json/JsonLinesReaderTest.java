package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private static List<String> lines(byte[] input) throws IOException {
        List<String> lines = new ArrayList<>();
        try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(input))) {
            for (byte[] line; (line = reader.next()) != null; ) {
                lines.add(new String(line, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> lines(String input) throws IOException {
        return lines(input.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void should_split_at_each_newline_without_it_or_a_carriage_return_before_it_when_lines_end_in_lf_or_crlf() throws IOException {
        assertThat(lines("{\"a\":1}\n{\"b\":2}\r\n\n{\"c\":3}\n")).containsExactly("{\"a\":1}", "{\"b\":2}", "", "{\"c\":3}");
    }

    @Test
    void should_give_the_last_line_when_it_has_no_newline_and_nothing_when_the_input_is_empty() throws IOException {
        assertThat(lines("one\ntwo")).containsExactly("one", "two");
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n")).containsExactly("");
    }

    @Test
    void should_keep_a_line_whole_when_it_is_longer_than_the_read_buffer() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(lines(longLine + "\n" + "y")).containsExactly(longLine, "y");
    }

    @Test
    void should_leave_the_bytes_undecoded_when_a_line_is_not_utf8() throws IOException {
        byte[] input = {'{', (byte) 0xC3, '}', '\n'};
        try (JsonLinesReader reader = new JsonLinesReader(new ByteArrayInputStream(input))) {
            assertThat(reader.next()).containsExactly('{', (byte) 0xC3, '}');
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void should_call_a_line_of_spaces_tabs_and_carriage_returns_blank_and_anything_else_not() {
        assertThat(JsonLinesReader.isBlank(" \t\r".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(JsonLinesReader.isBlank(new byte[0])).isTrue();
        assertThat(JsonLinesReader.isBlank(" {} ".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
