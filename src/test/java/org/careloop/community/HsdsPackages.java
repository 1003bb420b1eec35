package org.careloop.community;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.careloop.support.Api;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** HSDS packages for tests: the demo's shipped package, changed as a test needs, zipped and uploaded. */
public final class HsdsPackages {

    private HsdsPackages() {
    }

    /** The demo package's files by name. */
    public static Map<String, String> demo() {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (Resource file : Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:demo/hsds/*.csv"))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList()) {
                files.put(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("package/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Uploads the package as {@code admin} into the practice through the API. */
    public static Api.Response upload(Api admin, UUID practice, byte[] zip) {
        String boundary = "hsds" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"package.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(zip);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin.post("/api/community/directory/import?practice=" + practice,
                "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The service of that name among the practice's services of a category. */
    public static tools.jackson.databind.JsonNode service(Api caller, String category, String name) {
        Api.Response found = caller.get("/api/community/services?category=" + category);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().valueStream().map(ranked -> ranked.get("service"))
                .filter(service -> service.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    /** The demo package, imported into the practice: answers the import's result. */
    public static Api.Response importDemo(Api admin, UUID practice) {
        Api.Response imported = upload(admin, practice, zip(demo()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        return imported;
    }
}
