package dev.trustrules.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Input that is not valid UTF-8 is refused saying so, with the line and column where decoding stopped
 * (just after the bad byte).
 */
class EncodingTest {
    private static byte[] withByte(String json, String marker, byte... bad) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int at = json.indexOf(marker);
        byte[] out = new byte[text.length - marker.length() + bad.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(bad, 0, out, at, bad.length);
        System.arraycopy(text, at + marker.length(), out, at + bad.length, text.length - at - marker.length());
        return out;
    }

    @Test
    void should_say_not_valid_utf8_with_line_and_column_when_a_value_holds_a_bad_start_byte() {
        byte[] json = withByte(TrustJsonTest.CLAIM, "b-1", (byte) 0xff);

        assertThatThrownBy(() -> TrustJson.readRequest(new ByteArrayInputStream(json)))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("not valid UTF-8: Invalid UTF-8 start byte 0xff (line 3, column 40)");
    }

    @Test
    void should_say_not_valid_utf8_with_line_and_column_when_a_multibyte_character_is_cut() {
        byte[] json = withByte(TrustJsonTest.CLAIM, "p-1", (byte) 0xe4, (byte) 0xbd);

        assertThatThrownBy(() -> TrustJson.readRequest(new ByteArrayInputStream(json)))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("not valid UTF-8: Invalid UTF-8 middle byte 0x22 (line 8, column 41)");
    }

    @Test
    void should_say_the_input_cannot_be_decoded_when_a_strict_reader_refuses_it() {
        byte[] json = withByte(TrustJsonTest.CLAIM, "b-1", (byte) 0xff);
        InputStreamReader reader = new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8.newDecoder());

        assertThatThrownBy(() -> TrustJson.readRequest(reader))
                .isInstanceOf(TrustJsonException.class)
                .hasMessage("not valid text in the input's encoding (UTF-8 expected): MalformedInputException: Input length = 1 "
                        + "(line 1, column 1)");
    }

    @Test
    void should_read_multibyte_characters_when_they_are_valid() {
        byte[] json = TrustJsonTest.CLAIM.replace("\"p-1\"", "\"店主-1\"").getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThat(TrustJson.readRequest(new ByteArrayInputStream(json)).shop().ownerId())
                .isEqualTo("店主-1");
    }
}
