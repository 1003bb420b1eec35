package org.careloop.fhir.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.fhir.importing.ImportOutcome.EntryOutcome;
import org.careloop.fhir.importing.ImportOutcome.Status;
import org.careloop.fhir.translate.DeviceObservationTranslator;
import org.careloop.monitoring.DeviceFeed;
import org.careloop.monitoring.DeviceReading;
import org.careloop.monitoring.DeviceReadingOutcome;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * A device feed's bundle: Observations naming the Device that took them — a Device entry of the bundle (known by
 * its first identifier, the vendor's device id) or a logical reference {@code device.identifier.value}. The patient
 * comes from the device's registration, so the bundle needs no Patient; each Observation is answered on its own
 * (stored, a duplicate left out, or refused with the reason) rather than the bundle failing whole.
 */
final class DeviceBundles {

    private DeviceBundles() {
    }

    static ImportOutcome store(ReadBundle bundle, ImportDestination destination, DeviceFeed feed) {
        Map<String, String> vendorIds = new HashMap<>();
        for (BundleEntry entry : bundle.entries()) {
            if (entry.resource() instanceof Device device) {
                String vendorId = device.getIdentifier().stream().filter(id -> id.hasValue()).map(id -> id.getValue())
                        .findFirst().orElse(null);
                if (vendorId == null) {
                    throw Rejection.at(entry, "a Device needs an identifier: the vendor's device id it is registered by",
                            "Device.identifier");
                }
                if (entry.fullUrl() != null) {
                    vendorIds.put(entry.fullUrl(), vendorId);
                }
                if (device.hasIdElement() && device.getIdElement().hasIdPart()) {
                    vendorIds.put("Device/" + device.getIdElement().getIdPart(), vendorId);
                }
            }
        }
        List<DeviceReading> readings = new ArrayList<>();
        for (BundleEntry entry : bundle.entries()) {
            if (entry.resource() instanceof Observation observation) {
                readings.add(reading(entry.index(), observation, vendorIds));
            }
        }
        Map<Integer, DeviceReadingOutcome> outcomes = new HashMap<>();
        feed.receive(destination.practiceId(), readings).forEach(outcome -> outcomes.put(outcome.entry(), outcome));
        List<EntryOutcome> entries = new ArrayList<>(bundle.entries().size());
        List<UUID> patients = new ArrayList<>();
        for (BundleEntry entry : bundle.entries()) {
            DeviceReadingOutcome outcome = outcomes.get(entry.index());
            if (outcome == null) {
                entries.add(new EntryOutcome(entry.index(), entry.fullUrl(), entry.resourceType(), Status.FOLDED, null));
                continue;
            }
            if (outcome.patientId() != null && !patients.contains(outcome.patientId())) {
                patients.add(outcome.patientId());
            }
            entries.add(switch (outcome.status()) {
                case STORED -> new EntryOutcome(entry.index(), entry.fullUrl(), "Observation", Status.CREATED,
                        "Observation/" + outcome.observationId());
                case DUPLICATE -> new EntryOutcome(entry.index(), entry.fullUrl(), "Observation", Status.DUPLICATE,
                        null, outcome.reason());
                case REFUSED -> new EntryOutcome(entry.index(), entry.fullUrl(), "Observation", Status.REFUSED, null,
                        outcome.reason());
            });
        }
        return new ImportOutcome(bundle.type(), entries, patients, bundle.bytes());
    }

    private static DeviceReading reading(int index, Observation observation, Map<String, String> vendorIds) {
        Reference device = observation.getDevice();
        String vendorId = null;
        if (device.hasReference()) {
            vendorId = vendorIds.getOrDefault(device.getReference(), device.getReference());
        } else if (device.hasIdentifier() && device.getIdentifier().hasValue()) {
            vendorId = device.getIdentifier().getValue();
        }
        UUID subject = null;
        String unknownSubject = null;
        Reference named = observation.getSubject();
        if (named.hasReference()) {
            String reference = named.getReference();
            try {
                subject = reference.startsWith("Patient/") ? UUID.fromString(reference.substring(8)) : null;
            } catch (IllegalArgumentException notOurs) {
                subject = null;
            }
            unknownSubject = subject == null ? reference : null;
        } else if (named.hasIdentifier()) {
            unknownSubject = "identifier " + named.getIdentifier().getValue();
        }
        return new DeviceReading(index, vendorId, subject, unknownSubject,
                DeviceObservationTranslator.fromFhir(observation));
    }
}
