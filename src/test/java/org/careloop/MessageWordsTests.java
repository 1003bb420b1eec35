package org.careloop;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.careloop.careplan.GoalAchievement;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** What the pages say reads as written: no doubled apostrophes, counts that agree, one word per idea. */
class MessageWordsTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    private final MessageSource messages = new PageResources().messageSource();

    @Test
    void everyMessageRendersWithoutADoubledApostrophe() throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            Properties properties = new Properties();
            try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            properties.forEach((key, value) -> {
                int arguments = ARGUMENT.matcher((String) value).results()
                        .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
                Object[] args = arguments == 0 ? null : IntStream.range(0, arguments).mapToObj(i -> (Object) 2).toArray();
                assertThat(messages.getMessage((String) key, args, Locale.ENGLISH))
                        .as(file.getFilename() + ": " + key).doesNotContain("''");
            });
        }
        assertThat(messages.getMessage("admin.user.npi.help", null, Locale.ENGLISH)).contains("The provider's ");
    }

    @Test
    void aHistoryOfOneMoveSaysOneMove() {
        assertThat(messages.getMessage("enrollment.history", new Object[] {1}, Locale.ENGLISH)).isEqualTo("History (1 move)");
        assertThat(messages.getMessage("enrollment.history", new Object[] {3}, Locale.ENGLISH)).isEqualTo("History (3 moves)");
    }

    @Test
    void howAGoalIsGoingIsSaidInTheSameWordsOnEveryPage() {
        for (GoalAchievement achievement : GoalAchievement.values()) {
            assertThat(messages.getMessage("careplan.achievement." + achievement.name(), null, Locale.ENGLISH))
                    .as(achievement.name()).isEqualTo(achievement.plainWords());
        }
    }
}
