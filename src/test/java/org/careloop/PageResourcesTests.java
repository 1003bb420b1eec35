package org.careloop;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's message file and stylesheet are found by their place, without a list kept by hand. */
class PageResourcesTests {

    private final PageResources resources = new PageResources();

    @Test
    void everyMessageFileOfAPageIsInTheMessageSource() throws IOException {
        MessageSource messages = resources.messageSource();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties");
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        for (Resource file : files) {
            Properties expected = new Properties();
            try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                expected.load(in);
            }
            assertThat(expected).as(file.getFilename()).isNotEmpty();
            expected.forEach((key, value) -> assertThat(messages.getMessage((String) key, null, Locale.ENGLISH))
                    .as(file.getFilename() + ": " + key).isEqualTo(value));
        }
        assertThat(messages.getMessage("app.name", null, Locale.ENGLISH)).isEqualTo("CareLoop");
    }

    @Test
    void everyPageStylesheetIsLinkedButTheSharedOneOnlyOnce() {
        assertThat(resources.stylesheets().areas()).contains("worklist", "chart", "call", "careplan", "billing",
                "inbox", "admin", "enrollment").doesNotContain("careloop");
    }

    @Test
    void aTranslationBelongsToItsBundle() {
        assertThat(PageResources.names("classpath*:messages/*.properties")).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).doesNotContain("_"));
    }
}
