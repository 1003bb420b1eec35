package org.careloop.chart.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The tabs of the patient chart, in the order they are shown; the audit tab is for administrators only. */
enum ChartTab {
    SUMMARY("summary"), MEDICATIONS("medications"), TIMELINE("timeline"), CARE_PLAN("care-plan"), ASSESSMENTS("assessments"), TIME("time"), CARE_TEAM("care-team"),
    DOCUMENTS("documents"), AUDIT("audit");

    private final String slug;

    ChartTab(String slug) {
        this.slug = slug;
    }

    /** The name in the URL ({@code ?tab=care-plan}) and in the message keys ({@code chart.tab.care-plan}). */
    public String slug() {
        return slug;
    }

    /** The template fragment of the tab's panel. */
    public String fragment() {
        return "panel_" + name();
    }

    public boolean adminOnly() {
        return this == AUDIT;
    }

    static Optional<ChartTab> ofSlug(String slug) {
        return Arrays.stream(values()).filter(tab -> tab.slug.equals(slug)).findFirst();
    }

    static List<ChartTab> visible(boolean admin) {
        return Arrays.stream(values()).filter(tab -> admin || !tab.adminOnly()).toList();
    }
}
