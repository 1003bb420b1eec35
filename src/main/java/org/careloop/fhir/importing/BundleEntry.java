package org.careloop.fhir.importing;

import java.util.List;

import org.careloop.directory.DirectoryEntries.Identifier;
import org.careloop.fhir.translate.FhirValues;
import org.hl7.fhir.r4.model.Resource;

/**
 * One entry of a bundle as read: its position, its fullUrl and resource type, and the parsed resource when
 * CareLoop keeps (or folds in) that type; {@code resource} is null for types not kept, which are never parsed.
 * {@code references} lists the reference strings the resource holds, as read from its JSON.
 */
record BundleEntry(int index, String fullUrl, String resourceType, Resource resource, List<String> references) {

    /** The identity the resource had at its source: {@code Type/id} when it has an id, else its fullUrl. */
    String sourceKey() {
        if (resource != null && resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
            return resourceType + "/" + resource.getIdElement().getIdPart();
        }
        return fullUrl != null ? fullUrl : resourceType + "#" + index;
    }

    /** A directory entry is known by its first identifier (an NPI, say), so other sources find the same entry. */
    String directoryKey() {
        List<Identifier> ids = FhirValues.directoryIdentifiers(resource);
        return ids.isEmpty() ? sourceKey() : ids.get(0).toString();
    }
}
