package org.careloop.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;

/** A multipart/form-data upload as a browser sends it: text fields and one file with its claimed type. */
final class Multipart {

    private final String boundary = "careloop-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private String fileType;
    private byte[] file;

    Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    Multipart file(String name, String type, byte[] content) {
        fileName = name;
        fileType = type;
        file = content;
        return this;
    }

    Api.Response post(Api caller, String path) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (file != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
            body.writeBytes(file);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return caller.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
