package org.careloop.fhir.internal.importing;

import java.util.List;

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
}
