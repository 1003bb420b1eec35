package org.careloop.fhir.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import org.careloop.directory.Directory;
import org.careloop.directory.DirectoryEntries.Identifier;
import org.careloop.fhir.translate.BundleLinks;
import org.careloop.fhir.translate.FhirValues;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Resolves the references of one bundle: {@code urn:uuid:} fullUrls and {@code Type/id} to entries of the same
 * bundle, conditional references ({@code Practitioner?identifier=system|value}) to a directory entry of the
 * bundle or of the database. A reference that finds nothing refuses the bundle.
 */
final class References implements BundleLinks {

    /** What a reference points at: an entry of this bundle, or a directory entry already stored. */
    record Target(BundleEntry entry, String resourceType, UUID directoryId) {
    }

    private final Map<String, BundleEntry> byUrl = new HashMap<>();
    private final Map<String, BundleEntry> byIdentifier = new HashMap<>();
    private final Map<String, UUID> stored = new HashMap<>();

    private References() {
    }

    /**
     * Indexes the bundle and checks every reference of the resources it keeps; conditional and logical references
     * to the directory are looked up in the database in one query per type.
     */
    static References of(ReadBundle bundle, BiFunction<String, Set<Identifier>, Map<Identifier, UUID>> directory) {
        References references = new References();
        Map<String, BundleEntry> fullUrls = new HashMap<>();
        for (BundleEntry entry : bundle.entries()) {
            if (entry.fullUrl() != null) {
                BundleEntry earlier = fullUrls.putIfAbsent(entry.fullUrl(), entry);
                if (earlier != null) {
                    // two resources under one name: every reference to it would silently pick one of them
                    throw Rejection.sameFullUrl(earlier, entry);
                }
                references.byUrl.put(entry.fullUrl(), entry);
            }
            Resource resource = entry.resource();
            if (resource != null && resource.getIdElement().hasIdPart()) {
                references.byUrl.putIfAbsent(entry.resourceType() + "/" + resource.getIdElement().getIdPart(), entry);
            }
            if (resource != null && KeptResources.DIRECTORY.contains(entry.resourceType())) {
                FhirValues.directoryIdentifiers(resource).forEach(id ->
                        references.byIdentifier.putIfAbsent(entry.resourceType() + "|" + id, entry));
            }
        }
        Map<String, Set<Identifier>> wanted = new HashMap<>();
        List<Object[]> conditional = new ArrayList<>();
        for (BundleEntry entry : bundle.entries()) {
            if (entry.resource() == null) {
                continue;
            }
            // directory entries point at each other by identifier alone (a role names its practitioner's NPI)
            logicalReferences(entry.resource()).forEach((reference, type) -> {
                if (!reference.hasReference() && reference.hasIdentifier()) {
                    wanted.computeIfAbsent(type, t -> new HashSet<>()).add(identifier(reference));
                }
            });
            for (String text : entry.references()) {
                if (text.startsWith("#")) {
                    continue;
                }
                int query = text.indexOf("?identifier=");
                if (query > 0) {
                    String type = text.substring(0, query);
                    Identifier id = identifier(text.substring(query + "?identifier=".length()));
                    if (id == null) {
                        throw Rejection.at(entry, "the conditional reference '" + text + "' does not name system|value");
                    }
                    if (!references.byIdentifier.containsKey(type + "|" + id)) {
                        wanted.computeIfAbsent(type, t -> new HashSet<>()).add(id);
                        conditional.add(new Object[] {entry, text, type, id});
                    }
                } else if (!references.byUrl.containsKey(text) && !external(text)) {
                    throw Rejection.at(entry.index(), entry.fullUrl(), IssueType.NOTFOUND,
                            entry.resourceType() + " refers to '" + text + "', which is not in the bundle");
                }
            }
        }
        wanted.forEach((type, ids) -> directory.apply(type, ids)
                .forEach((id, uuid) -> references.stored.put(type + "|" + id, uuid)));
        for (Object[] c : conditional) {
            if (!references.stored.containsKey(c[2] + "|" + c[3])) {
                BundleEntry entry = (BundleEntry) c[0];
                throw Rejection.at(entry.index(), entry.fullUrl(), IssueType.NOTFOUND, entry.resourceType()
                        + " refers to '" + c[1] + "', which matches nothing in the bundle or in CareLoop's directory");
            }
        }
        return references;
    }

    /** The references of directory entries that may name their target by identifier, with the target's type. */
    static Map<Reference, String> logicalReferences(Resource resource) {
        Map<Reference, String> found = new java.util.IdentityHashMap<>();
        if (resource instanceof PractitionerRole role) {
            found.put(role.getPractitioner(), "Practitioner");
            found.put(role.getOrganization(), "Organization");
            role.getLocation().forEach(location -> found.put(location, "Location"));
        } else if (resource instanceof Location location) {
            found.put(location.getManagingOrganization(), "Organization");
        } else if (resource instanceof Organization organization) {
            found.put(organization.getPartOf(), "Organization");
        }
        return found;
    }

    private static Identifier identifier(Reference reference) {
        return new Identifier(reference.getIdentifier().getSystem(), reference.getIdentifier().getValue());
    }

    /** Absolute URLs point at another server; CareLoop does not follow them. */
    private static boolean external(String reference) {
        return reference.startsWith("http://") || reference.startsWith("https://");
    }

    private static Identifier identifier(String token) {
        int bar = token.indexOf('|');
        return bar <= 0 || bar == token.length() - 1 ? null
                : new Identifier(token.substring(0, bar), token.substring(bar + 1));
    }

    /** Where the reference points, or null when it is absent, contained, external or an unresolved logical one. */
    Target resolve(Reference reference) {
        return resolve(reference, null);
    }

    /** As {@link #resolve(Reference)}; a logical reference without a type is taken to be of {@code expectedType}. */
    Target resolve(Reference reference, String expectedType) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        String text = reference.getReference();
        if (text == null) {
            String type = reference.hasType() ? reference.getType() : expectedType;
            return reference.hasIdentifier() && type != null ? byIdentifier(type, identifier(reference)) : null;
        }
        int query = text.indexOf("?identifier=");
        if (query > 0) {
            return byIdentifier(text.substring(0, query), identifier(text.substring(query + "?identifier=".length())));
        }
        BundleEntry entry = byUrl.get(text);
        return entry == null ? null : new Target(entry, entry.resourceType(), null);
    }

    private Target byIdentifier(String type, Identifier id) {
        BundleEntry entry = byIdentifier.get(type + "|" + id);
        if (entry != null) {
            return new Target(entry, type, null);
        }
        UUID found = stored.get(type + "|" + id);
        return found == null ? null : new Target(null, type, found);
    }

    /** The directory id a reference to a practitioner, organization or location stands for, if it is one. */
    @Override
    public UUID directoryId(Reference reference, String type) {
        Target target = resolve(reference, type);
        if (target == null || !type.equals(target.resourceType())) {
            return null;
        }
        return target.entry() == null ? target.directoryId()
                : Directory.idFor(type, target.entry().directoryKey());
    }

    /** The bundle entry a reference points at, when it is of the expected type. */
    BundleEntry entry(Reference reference, String type) {
        Target target = resolve(reference);
        return target != null && target.entry() != null && type.equals(target.resourceType()) ? target.entry() : null;
    }

    @Override
    public Resource resource(Reference reference, String type) {
        BundleEntry entry = entry(reference, type);
        return entry == null ? null : entry.resource();
    }

    @Override
    public String sourceKey(Reference reference, String type) {
        BundleEntry entry = entry(reference, type);
        return entry == null ? null : entry.sourceKey();
    }

    @Override
    public String typeOf(Reference reference) {
        Target target = resolve(reference);
        return target == null ? null : target.resourceType();
    }
}
