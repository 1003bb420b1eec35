package org.careloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a page brings with it is found by convention, so that a new page is a controller, its template and its
 * message file (README, "Adding a page"): every {@code messages/*.properties} joins the message source after the
 * shared {@code messages.properties}, and the layout links every {@code static/css/*.css} (besides the shared
 * {@code careloop.css}). No list of bundles or stylesheets is kept by hand.
 */
@Configuration(proxyBeanMethods = false)
public class PageResources {

    /** A translation such as {@code worklist_de.properties} belongs to the bundle {@code worklist}. */
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2,3}(_[A-Z]{2})?$");

    /** The stylesheets of the page areas, by name without {@code .css}, for {@code layout.html}. */
    public record Stylesheets(List<String> areas) {
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        List<String> basenames = new ArrayList<>(List.of("messages"));
        names("classpath*:messages/*.properties").forEach(name -> basenames.add("messages/" + name));
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Bean
    Stylesheets stylesheets() {
        return new Stylesheets(names("classpath*:static/css/*.css").stream().filter(name -> !name.equals("careloop")).toList());
    }

    /** The file names matching the pattern, without extension and locale, sorted and without repeats. */
    static List<String> names(String pattern) {
        try {
            return List.copyOf(Stream.of(new PathMatchingResourcePatternResolver().getResources(pattern))
                    .map(Resource::getFilename).filter(Objects::nonNull)
                    .map(file -> LOCALE_SUFFIX.matcher(file.substring(0, file.lastIndexOf('.'))).replaceFirst(""))
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
