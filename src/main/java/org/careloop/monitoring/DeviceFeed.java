package org.careloop.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.identity.Practices;
import org.careloop.monitoring.DeviceReadingOutcome.Status;
import org.careloop.patient.PatientReadings;
import org.careloop.patient.PatientReadings.DeviceObservation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in what a vendor's feed sent: each reading finds its patient through the registration of the device it
 * names (a subject, when given, must be that patient), and is stored as a DEVICE reading through the same path as
 * every reading, so the alert protocols judge it. Unknown devices, readings taken outside the registration (before
 * the start, after the return) or in the future are refused; a reading the device already sent (same code, same
 * time) is a duplicate and stored once. Every reading gets its outcome with a reason.
 */
@Service
public class DeviceFeed {

    private final Devices devices;
    private final PatientReadings readings;
    private final Practices practices;
    private final Clock clock;

    DeviceFeed(Devices devices, PatientReadings readings, Practices practices, Clock clock) {
        this.devices = devices;
        this.readings = readings;
        this.practices = practices;
        this.clock = clock;
    }

    @Transactional
    public List<DeviceReadingOutcome> receive(UUID practiceId, List<DeviceReading> sent) {
        ZoneId zone = practices.zoneOf(practiceId);
        OffsetDateTime latest = OffsetDateTime.now(clock).plus(Readings.CLOCK_SKEW);
        Map<String, List<Device>> registered = devices.byVendorIds(practiceId, sent.stream()
                        .map(DeviceReading::vendorDeviceId).filter(id -> id != null).distinct().toList())
                .stream().collect(Collectors.groupingBy(Device::vendorDeviceId));
        DeviceReadingOutcome[] outcomes = new DeviceReadingOutcome[sent.size()];
        // patients in one order, so two feeds posting at once for the same patients wait rather than deadlock
        Map<UUID, List<Integer>> byPatient = new java.util.TreeMap<>();
        Map<Integer, Device> deviceOf = new LinkedHashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            DeviceReading reading = sent.get(i);
            Object judged = judge(reading, registered, zone, latest);
            if (judged instanceof String refusal) {
                outcomes[i] = DeviceReadingOutcome.refused(reading, refusal);
            } else {
                Device device = (Device) judged;
                deviceOf.put(i, device);
                byPatient.computeIfAbsent(device.patientId(), id -> new ArrayList<>()).add(i);
            }
        }
        Map<UUID, List<DeviceObservation>> observations = new java.util.TreeMap<>();
        byPatient.forEach((patientId, positions) -> observations.put(patientId, positions.stream()
                .map(i -> new DeviceObservation(deviceOf.get(i).id(), sent.get(i).observation())).toList()));
        Map<UUID, List<UUID>> storedByPatient = byPatient.isEmpty() ? Map.of()
                : readings.recordFromDevices(observations);
        byPatient.forEach((patientId, positions) -> {
            List<UUID> stored = storedByPatient.get(patientId);
            for (int p = 0; p < positions.size(); p++) {
                int i = positions.get(p);
                DeviceReading reading = sent.get(i);
                outcomes[i] = stored.get(p) != null
                        ? new DeviceReadingOutcome(reading.entry(), Status.STORED, null, stored.get(p), patientId)
                        : new DeviceReadingOutcome(reading.entry(), Status.DUPLICATE, "already stored: device "
                                + reading.vendorDeviceId() + " sent " + reading.observation().code() + " taken at "
                                + reading.observation().effectiveAt() + " before; it is kept once", null, patientId);
            }
        });
        return Arrays.asList(outcomes);
    }

    /** The registration the reading belongs to, or why it is refused. */
    private static Object judge(DeviceReading reading, Map<String, List<Device>> registered, ZoneId zone,
                                OffsetDateTime latest) {
        if (reading.vendorDeviceId() == null) {
            return "the Observation names no device: reference a Device of the bundle (with an identifier) or give"
                    + " device.identifier.value, the vendor's device id";
        }
        if (ReadingKind.ofLoinc(reading.observation().code()).isEmpty()) {
            return "code " + reading.observation().code() + " is not a reading CareLoop monitors: one of "
                    + String.join(", ", ReadingKind.loincCodes());
        }
        OffsetDateTime taken = reading.observation().effectiveAt();
        if (taken == null) {
            return "the Observation has no effectiveDateTime: a device reading needs the time it was taken";
        }
        if (taken.isAfter(latest)) {
            return "the reading was taken in the future (" + taken + ")";
        }
        if (reading.observation().valueQuantity() == null && reading.observation().components().isEmpty()) {
            return "the Observation has no valueQuantity (nor components for a blood pressure)";
        }
        List<Device> candidates = registered.getOrDefault(reading.vendorDeviceId(), List.of());
        if (candidates.isEmpty()) {
            return "unknown device " + reading.vendorDeviceId() + ": no device with this vendor id is registered to a"
                    + " patient of the practice";
        }
        LocalDate day = taken.atZoneSameInstant(zone).toLocalDate();
        Optional<Device> covering = candidates.stream().filter(d -> d.covers(day)).findFirst();
        if (covering.isEmpty()) {
            Device latestRegistration = candidates.stream().max(Comparator.comparing(Device::startedOn)).orElseThrow();
            if (latestRegistration.returnedOn() != null && day.isAfter(latestRegistration.returnedOn())) {
                return "device " + reading.vendorDeviceId() + " was returned on " + latestRegistration.returnedOn()
                        + ": readings taken after it are refused";
            }
            return "device " + reading.vendorDeviceId() + " was not registered to a patient on " + day
                    + " (registered from " + candidates.stream().map(Device::startedOn).min(Comparator.naturalOrder())
                    .orElseThrow() + ")";
        }
        Device device = covering.get();
        if (reading.subjectUnknown() != null) {
            return "subject " + reading.subjectUnknown() + " is not a CareLoop patient reference (Patient/<id>); leave"
                    + " the subject out and CareLoop takes the patient from the device";
        }
        if (reading.subjectPatientId() != null && !reading.subjectPatientId().equals(device.patientId())) {
            return "subject Patient/" + reading.subjectPatientId() + " is not the patient device "
                    + reading.vendorDeviceId() + " is registered to";
        }
        return device;
    }
}
