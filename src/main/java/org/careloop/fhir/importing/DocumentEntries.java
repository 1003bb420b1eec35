package org.careloop.fhir.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.document.ClinicalDocuments;
import org.careloop.document.ImportedDocument;
import org.careloop.fhir.importing.ImportOutcome.EntryOutcome;
import org.careloop.fhir.importing.ImportOutcome.Status;
import org.careloop.patient.ImportedRecords.StoredChart;

/**
 * The DocumentReferences of a bundle: the notes and other documents they carry are kept with their patients'
 * charts by the document module, in the bundle's transaction, after the charts themselves are stored.
 */
final class DocumentEntries {

    private DocumentEntries() {
    }

    /** Keeps the documents; answers the keys ({@code patient|sourceKey}) of those that were new. */
    static Set<String> keep(ClinicalDocuments documents, Map<BundleEntry, List<ImportedDocument>> notes,
                            Map<BundleEntry, BundleEntry> patientOf, Map<BundleEntry, StoredChart> stored,
                            ImportDestination destination) {
        Map<BundleEntry, List<ImportedDocument>> byPatient = new LinkedHashMap<>();
        notes.forEach((entry, kept) -> byPatient.computeIfAbsent(patientOf.get(entry), p -> new ArrayList<>()).addAll(kept));
        Set<String> created = new HashSet<>();
        byPatient.forEach((patient, kept) -> {
            UUID patientId = stored.get(patient).patientId();
            documents.keepImported(patientId, destination.practiceId(), kept)
                    .forEach(key -> created.add(patientId + "|" + key));
        });
        return created;
    }

    /** A DocumentReference is kept as the documents its attachments carry; one with none is reported not kept. */
    static EntryOutcome outcome(BundleEntry entry, List<ImportedDocument> kept, StoredChart chart,
                                Set<String> newDocuments) {
        if (kept.isEmpty()) {
            return new EntryOutcome(entry.index(), entry.fullUrl(), entry.resourceType(), Status.NOT_KEPT, null);
        }
        String first = kept.get(0).sourceKey();
        return new EntryOutcome(entry.index(), entry.fullUrl(), entry.resourceType(),
                newDocuments.contains(chart.patientId() + "|" + first) ? Status.CREATED : Status.PRESENT,
                entry.resourceType() + "/" + ClinicalDocuments.idFor(chart.patientId(), first));
    }
}
