package org.careloop.fhir.translate;

import java.util.UUID;

import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * What translating one resource of a bundle needs to know about the rest of the bundle: where its references
 * point. The import resolves them (within the bundle, or in CareLoop's directory) before anything is translated.
 */
public interface BundleLinks {

    /** The resource of the bundle the reference points at, when it is of {@code type}; else null. */
    Resource resource(Reference reference, String type);

    /** The source key of the bundle entry the reference points at, when it is of {@code type}; else null. */
    String sourceKey(Reference reference, String type);

    /** The directory entry (practitioner, organization, location) the reference stands for, if it is one. */
    UUID directoryId(Reference reference, String type);

    /** The resource type the reference resolves to, in the bundle or the directory; null when it resolves nowhere. */
    String typeOf(Reference reference);
}
