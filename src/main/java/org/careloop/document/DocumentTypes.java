package org.careloop.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which files the chart keeps, and how each is known: by its first bytes, never by its name or the type the browser
 * claims (a renamed program is still a program). PDF, PNG, JPEG and TIFF are what scanners, fax servers and EHR
 * printouts produce; plain text is what an EHR's note export is. Text must be UTF-8 (or ASCII) without control
 * characters other than tab, line and page breaks, so what the chart shows is what was written.
 */
final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String TIFF = "image/tiff";
    static final String TEXT = "text/plain; charset=utf-8";
    /** What an upload may be, in the words the upload form shows. */
    static final List<String> ALLOWED_WORDS = List.of("PDF", "PNG", "JPEG", "TIFF", "plain text");

    private DocumentTypes() {
    }

    /** The media type the content is, or empty when it is none CareLoop keeps. */
    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 'I', 'I', 0x2A, 0x00) || startsWith(content, 'M', 'M', 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        return isText(content) ? Optional.of(TEXT) : Optional.empty();
    }

    /** A declared media type made safe to store: its base type and charset, lower case; octet-stream when unreadable. */
    static String clean(String declared) {
        if (declared == null || !declared.strip().matches("(?i)[a-z0-9.+-]+/[a-z0-9.+-]+(\\s*;.*)?")) {
            return "application/octet-stream";
        }
        String[] parts = declared.strip().toLowerCase(Locale.ROOT).split(";");
        String charset = null;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=")) {
                charset = parameter.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return parts[0].strip() + (charset != null && charset.matches("[a-z0-9._-]+") ? "; charset=" + charset : "");
    }

    static Charset charsetOf(String mediaType) {
        int at = mediaType.indexOf("charset=");
        if (at >= 0) {
            try {
                return Charset.forName(mediaType.substring(at + "charset=".length()).strip());
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    static String extensionOf(String mediaType) {
        String base = mediaType.split(";")[0].strip();
        return switch (base) {
            case PDF -> ".pdf";
            case PNG -> ".png";
            case JPEG -> ".jpg";
            case TIFF -> ".tif";
            case "text/plain" -> ".txt";
            default -> ".bin";
        };
    }

    /** A size as people say it: 812 bytes, 3.4 KB, 12.1 MB. */
    static String inWords(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ENGLISH, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
                && c != '\f');
    }
}
