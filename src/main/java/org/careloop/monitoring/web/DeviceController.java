package org.careloop.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.monitoring.Device;
import org.careloop.monitoring.Devices;
import org.careloop.monitoring.NewDevice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A patient's remote monitoring devices: registered with the vendor's device id, and returned. */
@RestController
@RequestMapping("/api/patients/{patientId}/devices")
@Tag(name = "Devices")
class DeviceController {

    /** The day the device came back (today when left out); {@code version} is the version read. */
    record Returned(LocalDate returnedOn, Integer version) {
    }

    private final Devices devices;

    DeviceController(Devices devices) {
        this.devices = devices;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a device to the patient: kind, maker, model, serialNumber, vendorDeviceId, startedOn")
    Device register(@PathVariable UUID patientId, @RequestBody NewDevice device) {
        return devices.register(patientId, device);
    }

    @GetMapping
    @Operation(summary = "The patient's devices, assigned first")
    List<Device> list(@PathVariable UUID patientId) {
        return devices.list(patientId);
    }

    @PostMapping("/{deviceId}/return")
    @Operation(summary = "Record that the device was returned; readings taken after the day are refused")
    Device returned(@PathVariable UUID patientId, @PathVariable UUID deviceId,
                    @RequestBody(required = false) Returned body) {
        return devices.returned(patientId, deviceId, body == null ? null : body.returnedOn(),
                body == null ? null : body.version());
    }
}
