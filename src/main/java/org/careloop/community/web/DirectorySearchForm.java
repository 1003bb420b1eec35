package org.careloop.community.web;

import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.community.ServiceCategory;
import org.careloop.community.ServiceSearch;

/**
 * A directory search as typed on the page or in the query string: a category code ({@code food}) or a screened need
 * ({@code food-insecurity}), a ZIP code, a language, and whether only services open now are wanted.
 */
record DirectorySearchForm(UUID practice, String category, String need, String zip, String language, Boolean openNow) {

    ServiceSearch toSearch(UUID defaultPractice) {
        ServiceCategory chosen = null;
        if (category != null && !category.isBlank()) {
            chosen = ServiceCategory.of(category).orElseThrow(() -> new InvalidRequest("Invalid category",
                    Map.of("category", "must be one of " + String.join(", ",
                            java.util.Arrays.stream(ServiceCategory.values()).map(ServiceCategory::code).toList()))));
        } else if (need != null && !need.isBlank()) {
            chosen = ServiceCategory.forNeed(need).orElseThrow(() -> new InvalidRequest("Invalid need",
                    Map.of("need", "no category of the directory serves the need " + need)));
        }
        return new ServiceSearch(practice == null ? defaultPractice : practice, chosen, zip, language,
                Boolean.TRUE.equals(openNow));
    }
}
