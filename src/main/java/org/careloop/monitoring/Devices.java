package org.careloop.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The remote monitoring devices registered to patients: registered with the vendor's device id (unique in the
 * practice while the device is assigned) and a start day, returned with an end day. A feed's readings find their
 * patient through the registration. Every access goes through the patient gate.
 */
@Service
public class Devices {

    static final String RESOURCE = "Device";

    private final JdbcClient jdbc;
    private final PatientGate gate;
    private final Callers callers;
    private final Practices practices;
    private final Clock clock;

    Devices(JdbcClient jdbc, PatientGate gate, Callers callers, Practices practices, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.callers = callers;
        this.practices = practices;
        this.clock = clock;
    }

    /** Registers a device to the patient; refused naming the field when the vendor id is assigned to another. */
    @Transactional
    public Device register(UUID patientId, NewDevice device) {
        Map<String, String> problems = new LinkedHashMap<>();
        DeviceKind kind = null;
        try {
            kind = DeviceKind.valueOf(device.kind() == null ? "" : device.kind().trim());
        } catch (IllegalArgumentException unknown) {
            problems.put("kind", "must be one of " + Arrays.stream(DeviceKind.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }
        String vendorId = trimmed(device.vendorDeviceId());
        if (vendorId == null) {
            problems.put("vendorDeviceId", "is required: the id the vendor's feed names the device by");
        } else if (vendorId.length() > 200) {
            problems.put("vendorDeviceId", "must be at most 200 characters");
        }
        for (Map.Entry<String, String> text : Map.of("maker", String.valueOf(device.maker()), "model",
                String.valueOf(device.model()), "serialNumber", String.valueOf(device.serialNumber())).entrySet()) {
            if (text.getValue().length() > 200) {
                problems.put(text.getKey(), "must be at most 200 characters");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        DeviceKind chosen = kind;
        return gate.create(patientId, RESOURCE, access -> {
            LocalDate today = today(access);
            LocalDate start = device.startedOn() == null ? today : device.startedOn();
            if (start.isAfter(today.plusDays(30))) {
                throw new InvalidRequest("Invalid startedOn", Map.of("startedOn", "must be at most 30 days ahead"));
            }
            if (assignedElsewhere(access.practiceId(), vendorId)) {
                throw new InvalidRequest("Invalid vendorDeviceId", Map.of("vendorDeviceId", "device " + vendorId
                        + " is assigned to a patient: return it before registering it again"));
            }
            UUID id = UUID.randomUUID();
            try {
                jdbc.sql("""
                        insert into device (id, practice_id, patient_id, kind, maker, model, serial_number,
                                            vendor_device_id, started_on, registered_by, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(id, access.practiceId(), patientId, chosen.name(), trimmed(device.maker()),
                                trimmed(device.model()), trimmed(device.serialNumber()), vendorId, start,
                                callers.current().userId(), now()).update();
            } catch (DuplicateKeyException raced) {
                throw new InvalidRequest("Invalid vendorDeviceId", Map.of("vendorDeviceId", "device " + vendorId
                        + " is assigned to a patient: return it before registering it again"));
            }
            return find(access, id);
        }, Device::id);
    }

    /** The patient's devices, assigned first, newest first. */
    public List<Device> list(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, RESOURCE);
        return jdbc.sql("""
                select * from device where patient_id = ? and practice_id = ?
                 order by returned_on is not null, started_on desc, registered_at desc""")
                .params(patientId, access.practiceId()).query(Devices::row).list();
    }

    /** Records that the device came back on {@code returnedOn} (today when null); readings after it are refused. */
    @Transactional
    public Device returned(UUID patientId, UUID deviceId, LocalDate returnedOn, Integer version) {
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, deviceId, access -> {
            Device device = find(access, deviceId);
            if (!device.assigned()) {
                throw new RefusedTransition("The device was already returned on " + device.returnedOn());
            }
            LocalDate today = today(access);
            LocalDate day = returnedOn == null ? today : returnedOn;
            if (day.isAfter(today)) {
                throw new InvalidRequest("Invalid returnedOn", Map.of("returnedOn", "must not be in the future"));
            }
            if (day.isBefore(device.startedOn())) {
                throw new InvalidRequest("Invalid returnedOn", Map.of("returnedOn",
                        "must not be before the start day " + device.startedOn()));
            }
            int changed = jdbc.sql("""
                    update device set returned_on = ?, returned_by = ?, returned_at = ?, version = version + 1
                     where id = ? and version = ?""")
                    .params(day, callers.current().userId(), now(), deviceId,
                            version == null ? device.version() : version).update();
            if (changed == 0) {
                throw new StaleVersion("The device was changed by someone else; reload it", device.version());
            }
            return find(access, deviceId);
        });
    }

    /** Every registration of these vendor ids in the practice, assigned or returned: what a feed resolves by. */
    List<Device> byVendorIds(UUID practiceId, Collection<String> vendorIds) {
        if (vendorIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from device where practice_id = ? and vendor_device_id = any(?)")
                .params(practiceId, vendorIds.toArray(String[]::new)).query(Devices::row).list();
    }

    /** The devices of these patients of the practice (the worklist's and month close's set query). */
    List<Device> ofPatients(UUID practiceId, Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from device where practice_id = ? and patient_id = any(?)")
                .params(practiceId, patientIds.toArray(UUID[]::new)).query(Devices::row).list();
    }

    /** The devices of the practice's patients (for the month close). */
    List<Device> ofPractice(UUID practiceId) {
        return jdbc.sql("select * from device where practice_id = ?").param(practiceId).query(Devices::row).list();
    }

    private boolean assignedElsewhere(UUID practiceId, String vendorId) {
        return jdbc.sql("select count(*) from device where practice_id = ? and vendor_device_id = ? and returned_on is null")
                .params(practiceId, vendorId).query(Integer.class).single() > 0;
    }

    private Device find(PatientAccess access, UUID deviceId) {
        return jdbc.sql("select * from device where id = ? and patient_id = ? and practice_id = ?")
                .params(deviceId, access.patientId(), access.practiceId()).query(Devices::row).optional()
                .orElseThrow(() -> new NotFound("No device " + deviceId));
    }

    private LocalDate today(PatientAccess access) {
        return LocalDate.now(clock.withZone(practices.zoneOf(access.practiceId())));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Device row(ResultSet rs, int n) throws SQLException {
        return new Device(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                DeviceKind.valueOf(rs.getString("kind")), rs.getString("maker"), rs.getString("model"),
                rs.getString("serial_number"), rs.getString("vendor_device_id"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("returned_on", LocalDate.class),
                rs.getObject("registered_at", OffsetDateTime.class), rs.getInt("version"));
    }
}
