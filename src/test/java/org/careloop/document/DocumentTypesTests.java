package org.careloop.document;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A file is what its first bytes say it is; text is UTF-8 without control characters, or it is not kept. */
class DocumentTypesTests {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("a PDF", bytes('%', 'P', 'D', 'F', '-', '1', '.', '7'), "application/pdf"),
                Arguments.of("a PNG", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0), "image/png"),
                Arguments.of("a JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), "image/jpeg"),
                Arguments.of("a little-endian TIFF (fax)", bytes('I', 'I', 0x2A, 0, 8, 0), "image/tiff"),
                Arguments.of("a big-endian TIFF", bytes('M', 'M', 0, 0x2A, 0, 8), "image/tiff"),
                Arguments.of("a note in UTF-8", "Patient déclare: pas de douleur.\r\n\tBP 128/80\f"
                        .getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8"),
                Arguments.of("a Windows program named .pdf", bytes('M', 'Z', 0x90, 0, 3, 0), null),
                Arguments.of("text with a NUL", "abc\u0000def".getBytes(StandardCharsets.UTF_8), null),
                Arguments.of("Latin-1 that is not UTF-8", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), null),
                Arguments.of("a PDF cut short", bytes('%', 'P', 'D'), "text/plain; charset=utf-8"),
                Arguments.of("a ZIP (a Word file)", bytes('P', 'K', 3, 4, 20, 0), null));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("files")
    void aFileIsKnownByItsFirstBytes(String what, byte[] content, String expected) {
        assertThat(DocumentTypes.sniff(content)).isEqualTo(Optional.ofNullable(expected));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
