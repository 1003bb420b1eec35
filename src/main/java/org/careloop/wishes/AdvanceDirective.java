package org.careloop.wishes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;

/**
 * An advance directive on file: its kind, the day it was signed, where the original is kept (the patient's home, the
 * hospital's record, a lawyer), the healthcare proxy it names, a note, and the uploaded copy. A revoked directive is
 * kept but no longer applies, and can no longer change. {@code version} guards against two people changing it.
 */
public record AdvanceDirective(UUID id, UUID patientId, UUID practiceId, DirectiveKind kind, LocalDate signedOn,
                               String originalLocation, HealthcareProxy proxy, String note, DirectiveStatus status,
                               LocalDate revokedOn, Instant recordedAt, int version, CopyOnFile copy) {

    /** Whether it applies: on file and not revoked. */
    public boolean onFile() {
        return status == DirectiveStatus.ON_FILE;
    }

    AdvanceDirective revised(int basedOnVersion, DirectiveKind newKind, LocalDate newSignedOn, String newLocation,
                             HealthcareProxy newProxy, String newNote) {
        refuseUnlessOnFile("changed");
        refuseIfStale(basedOnVersion);
        return new AdvanceDirective(id, patientId, practiceId, newKind, newSignedOn, newLocation, newProxy, newNote,
                status, revokedOn, recordedAt, version + 1, copy);
    }

    AdvanceDirective revoked(int basedOnVersion, LocalDate on) {
        refuseUnlessOnFile("revoked");
        refuseIfStale(basedOnVersion);
        return new AdvanceDirective(id, patientId, practiceId, kind, signedOn, originalLocation, proxy, note,
                DirectiveStatus.REVOKED, on, recordedAt, version + 1, copy);
    }

    AdvanceDirective withCopy(int basedOnVersion, CopyOnFile uploaded) {
        refuseUnlessOnFile("given a copy");
        refuseIfStale(basedOnVersion);
        return new AdvanceDirective(id, patientId, practiceId, kind, signedOn, originalLocation, proxy, note,
                status, revokedOn, recordedAt, version + 1, uploaded);
    }

    private void refuseUnlessOnFile(String move) {
        if (!onFile()) {
            throw new RefusedTransition("The " + kind.words().toLowerCase() + " was revoked on " + revokedOn
                    + " and cannot be " + move + "; record the new directive instead");
        }
    }

    private void refuseIfStale(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw new StaleVersion("The directive was changed by someone else; reload it", version);
        }
    }
}
