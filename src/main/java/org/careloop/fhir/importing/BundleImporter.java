package org.careloop.fhir.importing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.audit.AuditAction;
import org.careloop.directory.Directory;
import org.careloop.document.ClinicalDocuments;
import org.careloop.document.ImportedDocument;
import org.careloop.directory.DirectoryEntries.*;
import org.careloop.fhir.importing.ImportOutcome.EntryOutcome;
import org.careloop.fhir.importing.ImportOutcome.Status;
import org.careloop.fhir.translate.DischargeTranslator;
import org.careloop.fhir.translate.DocumentReferenceTranslator;
import org.careloop.fhir.translate.LocationTranslator;
import org.careloop.fhir.translate.OrganizationTranslator;
import org.careloop.fhir.translate.PatientTranslator;
import org.careloop.fhir.translate.PractitionerRoleTranslator;
import org.careloop.fhir.translate.PractitionerTranslator;
import org.careloop.fhir.translate.Untranslatable;
import org.careloop.monitoring.DeviceFeed;
import org.careloop.patient.ImportedChart;
import org.careloop.patient.PatientGate;
import org.careloop.patient.ImportedRecords.StoredChart;
import org.careloop.patient.ImportedRecords;
import org.careloop.transition.HospitalEncounterReported;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports FHIR bundles: reads one (skipping what CareLoop does not keep), checks that every reference finds its
 * target, translates and stores it in one database transaction, and audits each patient. A bundle is stored
 * whole or not at all. The web endpoint, the command line and the demo data all come through here. A discharge among
 * the bundle's encounters is announced to the transition module once the bundle is stored
 * ({@link DischargeTranslator}), so a transition never names a stay that was rolled back.
 */
@Service
public class BundleImporter {

    private final FhirContext fhir;
    private final BundleReader reader;
    private final Directory directory;
    private final ImportedRecords records;
    private final PatientGate gate;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final BundleReader deviceReader;
    private final DeviceFeed deviceFeed;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final ClinicalDocuments documents;

    BundleImporter(FhirContext fhir, Directory directory, ImportedRecords records, PatientGate gate,
                   PlatformTransactionManager transactions, JdbcClient jdbc, DeviceFeed deviceFeed,
                   ApplicationEventPublisher events, java.time.Clock clock, ClinicalDocuments documents) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.documents = documents;
        this.fhir = fhir;
        this.reader = new BundleReader(fhir);
        this.deviceReader = new BundleReader(fhir, Set.of("Device"));
        this.deviceFeed = deviceFeed;
        this.directory = directory;
        this.records = records;
        this.gate = gate;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ImportOutcome importBundle(InputStream json, ImportDestination destination) {
        return store(destination.readingsOnly() ? deviceReader.read(json) : read(json), destination);
    }

    /** A bundle sent as FHIR XML: parsed by HAPI (no document type declarations), then imported like JSON. */
    public ImportOutcome importXmlBundle(byte[] xml, ImportDestination destination) {
        return importBundle(new java.io.ByteArrayInputStream(XmlBundles.asJson(fhir, xml)), destination);
    }

    /** Reads and parses a bundle; touches no database, so it can run ahead of {@link #store} on another thread. */
    ReadBundle read(InputStream json) {
        return reader.read(json);
    }

    ImportOutcome store(ReadBundle bundle, ImportDestination destination) {
        List<HospitalEncounterReported> discharges = new ArrayList<>();
        ImportOutcome outcome = transaction.execute(status -> storeInTransaction(bundle, destination, discharges));
        discharges.forEach(events::publishEvent);
        return outcome;
    }

    /**
     * Stores a bundle of a bulk load without waiting for its commit to reach the disk: a load interrupted by a
     * crash is simply run again (imports are idempotent), and not waiting on every bundle's flush makes it faster.
     */
    ImportOutcome storeInBulk(ReadBundle bundle, ImportDestination destination) {
        List<HospitalEncounterReported> discharges = new ArrayList<>();
        ImportOutcome outcome = transaction.execute(status -> {
            jdbc.sql("set local synchronous_commit = off").update();
            return storeInTransaction(bundle, destination, discharges);
        });
        discharges.forEach(events::publishEvent);
        return outcome;
    }

    /** Stores the bundle; the discharges among its encounters go to {@code discharges}, to announce after the commit. */
    private ImportOutcome storeInTransaction(ReadBundle bundle, ImportDestination destination,
                                             List<HospitalEncounterReported> discharges) {
        if (destination.readingsOnly()) {
            bundle.entries().stream().filter(entry -> !ImportDestination.READINGS.contains(entry.resourceType()))
                    .findFirst().ifPresent(entry -> {
                        throw Rejection.forbiddenAt(entry, "a device-feed token may only post Observations (and the"
                                + " Devices they name), not " + entry.resourceType());
                    });
            return DeviceBundles.store(bundle, destination, deviceFeed);
        }
        References references = References.of(bundle, directory::find);
        Map<BundleEntry, ImportedChart> charts = new LinkedHashMap<>();
        for (BundleEntry entry : bundle.entries()) {
            if (entry.resource() instanceof Patient patient) {
                charts.put(entry, ImportedChart.of(translated(entry, () -> PatientTranslator.fromFhir(entry.sourceKey(), patient))));
            }
        }
        List<ImportedOrganization> organizations = new ArrayList<>();
        List<ImportedLocation> locations = new ArrayList<>();
        List<ImportedPractitioner> practitioners = new ArrayList<>();
        List<ImportedPractitionerRole> roles = new ArrayList<>();
        Map<BundleEntry, BundleEntry> patientOf = new HashMap<>();
        Map<BundleEntry, List<ImportedDocument>> notes = new LinkedHashMap<>();
        for (BundleEntry entry : bundle.entries()) {
            Resource resource = entry.resource();
            if (resource == null || resource instanceof Patient || resource instanceof Medication) {
                continue;
            }
            String key = entry.directoryKey();
            if (resource instanceof Organization o) {
                organizations.add(OrganizationTranslator.fromFhir(key, o));
            } else if (resource instanceof Location l) {
                locations.add(LocationTranslator.fromFhir(key, l, references));
            } else if (resource instanceof Practitioner p) {
                practitioners.add(PractitionerTranslator.fromFhir(key, p));
            } else if (resource instanceof PractitionerRole r) {
                roles.add(PractitionerRoleTranslator.fromFhir(key, r, references));
            } else {
                BundleEntry patient = references.entry(ChartAssembly.patientOf(resource), "Patient");
                if (patient == null) {
                    throw Rejection.at(entry, entry.resourceType() + " does not name a Patient of the bundle");
                }
                patientOf.put(entry, patient);
                if (resource instanceof DocumentReference document) {
                    notes.put(entry, translated(entry, () -> DocumentReferenceTranslator.fromFhir(entry.sourceKey(), document)));
                    continue;
                }
                translated(entry, () -> {
                    ChartAssembly.add(entry, charts.get(patient), references);
                    return null;
                });
            }
        }
        Set<UUID> newEntries = directory.store(organizations, locations, practitioners, roles);
        Map<BundleEntry, StoredChart> stored = new HashMap<>();
        charts.forEach((entry, chart) -> stored.put(entry,
                records.store(destination.practiceId(), destination.careManagerId(), chart)));
        Set<String> newDocuments = DocumentEntries.keep(documents, notes, patientOf, stored, destination);
        List<EntryOutcome> outcomes = new ArrayList<>(bundle.entries().size());
        for (BundleEntry entry : bundle.entries()) {
            outcomes.add(notes.containsKey(entry)
                    ? DocumentEntries.outcome(entry, notes.get(entry), stored.get(patientOf.get(entry)), newDocuments)
                    : outcome(entry, stored, patientOf, newEntries));
        }
        ImportOutcome outcome = new ImportOutcome(bundle.type(), outcomes,
                stored.values().stream().map(StoredChart::patientId).toList(), bundle.bytes());
        audit(destination, charts, stored);
        for (BundleEntry entry : bundle.entries()) {
            if (entry.resource() instanceof Encounter encounter && patientOf.containsKey(entry)) {
                DischargeTranslator.reported(entry.sourceKey(), encounter, stored.get(patientOf.get(entry)).patientId(),
                        destination.practiceId(), references, clock.getZone(), clock.instant()).ifPresent(discharges::add);
            }
        }
        return outcome;
    }

    /** A resource that cannot be kept as sent refuses the bundle, naming the entry. */
    private static <T> T translated(BundleEntry entry, Supplier<T> translation) {
        try {
            return translation.get();
        } catch (Untranslatable problem) {
            throw Rejection.at(entry, problem.getMessage(), problem.element());
        }
    }

    private static EntryOutcome outcome(BundleEntry entry, Map<BundleEntry, StoredChart> stored,
                                        Map<BundleEntry, BundleEntry> patientOf, Set<UUID> newEntries) {
        String type = entry.resourceType();
        if (entry.resource() == null || !KeptResources.stored(type)) {
            return new EntryOutcome(entry.index(), entry.fullUrl(), type,
                    KeptResources.FOLDED.contains(type) ? Status.FOLDED : Status.NOT_KEPT, null);
        }
        UUID id;
        boolean created;
        if (KeptResources.DIRECTORY.contains(type)) {
            id = Directory.idFor(type, entry.directoryKey());
            created = newEntries.contains(id);
        } else if ("Patient".equals(type)) {
            StoredChart chart = stored.get(entry);
            id = chart.patientId();
            created = chart.patientCreated();
        } else {
            StoredChart chart = stored.get(patientOf.get(entry));
            id = ImportedRecords.recordId(chart.patientId(), entry.sourceKey());
            created = chart.created(entry.sourceKey());
        }
        return new EntryOutcome(entry.index(), entry.fullUrl(), type, created ? Status.CREATED : Status.PRESENT,
                type + "/" + id);
    }

    private void audit(ImportDestination destination, Map<BundleEntry, ImportedChart> charts,
                       Map<BundleEntry, StoredChart> stored) {
        gate.listed(AuditAction.IMPORT, "Patient", List.copyOf(charts.entrySet()), imported -> {
            StoredChart result = stored.get(imported.getKey());
            return new PatientGate.Listed(result.patientId(), destination.practiceId(), result.patientId(),
                    "FHIR bundle: " + (imported.getValue().recordCount() + 1) + " records, "
                            + result.createdKeys().size() + " new");
        });
    }
}
