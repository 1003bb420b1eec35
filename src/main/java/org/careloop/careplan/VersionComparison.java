package org.careloop.careplan;

import java.util.List;

/**
 * What differs between two versions of a care plan, section by section (problems, goals, interventions,
 * barriers, strengths, preferences, review): the items added, removed and changed (before and after).
 */
public record VersionComparison(int from, int to, List<SectionChanges> sections) {

    public VersionComparison {
        sections = List.copyOf(sections);
    }

    /** The changes within one section; sections without changes are left out. */
    public record SectionChanges(String section, List<Object> added, List<Object> removed, List<Change> changed) {

        public SectionChanges {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }
    }

    /** One item as it was and as it became. */
    public record Change(Object before, Object after) {
    }

    public boolean nothingChanged() {
        return sections.isEmpty();
    }
}
