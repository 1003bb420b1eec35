package org.careloop.patient;

import java.util.List;
import java.util.UUID;

/**
 * New observations of a patient were stored — entered in CareLoop or imported from an EHR — in the transaction
 * publishing this. {@code access} is the patient as opened for the store (already on the audit trail), so a
 * listener can read the patient's readings to evaluate what came in. A device feed's bundle announces its patients'
 * readings together, as one {@link DeviceReadingsStored}.
 */
public record ObservationsStored(PatientAccess access, List<UUID> observationIds, ObservationSource source) {

    public ObservationsStored {
        observationIds = List.copyOf(observationIds);
    }
}
