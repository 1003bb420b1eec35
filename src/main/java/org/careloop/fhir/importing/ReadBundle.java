package org.careloop.fhir.importing;

import java.util.List;

/** A bundle as read from its JSON: its type ({@code transaction}, {@code batch}, {@code collection}) and entries. */
record ReadBundle(String type, List<BundleEntry> entries, long bytes) {
}
