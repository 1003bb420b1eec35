package org.careloop.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.careloop.referral.Referrals;
import org.careloop.referral.RideReferral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's appointments: tracked when the care manager arranges or learns of them, moved while scheduled, given
 * a ride, and read as the lines the worklist, the chart and the call page show (upcoming within a week, or past and
 * with no outcome recorded). Outcomes are {@link AppointmentOutcomes}'. Every access passes the patient gate.
 */
@Service
public class Appointments {

    static final String RESOURCE = "Appointment";

    /** The worklist and the call page show what is coming within a week. */
    static final Duration UPCOMING = Duration.ofDays(7);

    /** How far back an appointment with no outcome keeps being flagged. */
    static final Duration FLAGGED_FOR = Duration.ofDays(30);

    private final StoredAppointments appointments;
    private final PatientGate gate;
    private final Callers callers;
    private final Practices practices;
    private final Referrals referrals;
    private final Clock clock;

    Appointments(StoredAppointments appointments, PatientGate gate, Callers callers, Practices practices,
                 Referrals referrals, Clock clock) {
        this.appointments = appointments;
        this.referrals = referrals;
        this.gate = gate;
        this.callers = callers;
        this.practices = practices;
        this.clock = clock;
    }

    /** Tracks an appointment of the patient's, scheduled. */
    @Transactional
    public Appointment schedule(UUID patientId, NewAppointment request) {
        Instant now = clock.instant();
        AppointmentRules rules = new AppointmentRules();
        AppointmentKind kind = rules.choice(AppointmentKind.class, "kind", request.kind(), true);
        Instant startsAt = rules.time("startsAt", request.startsAt(), true, now);
        String purpose = rules.text("purpose", request.purpose(), 200);
        String location = rules.text("location", request.location(), 300);
        String withWhom = rules.text("withWhom", request.withWhom(), 200);
        Transportation ride = rules.ride("transport", request.transport(), "transportNote", request.transportNote(),
                request.transportReferralId());
        rules.refuseAny();
        return gate.create(patientId, RESOURCE, access -> {
            gate.refuseIfDeceased(access, "track an appointment");
            refuseUnlessTheirRide(access, ride, "transportReferralId");
            Appointment appointment = new Appointment(UUID.randomUUID(), patientId, access.practiceId(), kind, purpose,
                    startsAt, location, withWhom, Boolean.TRUE.equals(request.arrangedByCareManager()),
                    AppointmentStatus.SCHEDULED, null, null, ride, null, now, 0);
            appointments.insert(appointment, callers.current().userId());
            return appointment;
        }, Appointment::id);
    }

    /** The patient's appointments, latest first. */
    public List<Appointment> list(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, RESOURCE);
        return appointments.forPatient(patientId, access.practiceId());
    }

    /** One appointment; another practice's is not found. */
    public Appointment find(UUID appointmentId) {
        Appointment stored = stored(appointmentId, AuditAction.READ);
        gate.open(stored.patientId(), AuditAction.READ, RESOURCE, appointmentId);
        return stored;
    }

    /** Moves or corrects a scheduled appointment; fields left out stay as they are. */
    @Transactional
    public Appointment reschedule(UUID appointmentId, AppointmentChange change) {
        Instant now = clock.instant();
        AppointmentRules rules = new AppointmentRules();
        AppointmentKind kind = rules.choice(AppointmentKind.class, "kind", change.kind(), false);
        Instant startsAt = rules.time("startsAt", change.startsAt(), false, now);
        String purpose = rules.text("purpose", change.purpose(), 200);
        String location = rules.text("location", change.location(), 300);
        String withWhom = rules.text("withWhom", change.withWhom(), 200);
        rules.refuseAny();
        Appointment stored = stored(appointmentId, AuditAction.UPDATE);
        return gate.change(stored.patientId(), AuditAction.UPDATE, RESOURCE, appointmentId, access -> {
            Appointment moved = stored.rescheduled(version(change.version(), stored), kind == null ? stored.kind() : kind,
                    purpose == null ? stored.purpose() : purpose, startsAt == null ? stored.startsAt() : startsAt,
                    location == null ? stored.location() : location, withWhom == null ? stored.withWhom() : withWhom);
            appointments.update(moved, callers.current().userId());
            return moved;
        });
    }

    /** Records how the patient gets there: who drives, or the transport service booked. */
    @Transactional
    public Appointment arrangeTransport(UUID appointmentId, TransportChange change) {
        AppointmentRules rules = new AppointmentRules();
        Transportation ride = rules.ride("arrangement", change.arrangement(), "note", change.note(), change.referralId());
        if (ride == null) {
            rules.choice(TransportArrangement.class, "arrangement", change.arrangement(), true);
        }
        rules.refuseAny();
        Appointment stored = stored(appointmentId, AuditAction.UPDATE);
        return gate.change(stored.patientId(), AuditAction.UPDATE, RESOURCE, appointmentId, access -> {
            refuseUnlessTheirRide(access, ride, "referralId");
            Appointment withRide = stored.withTransportation(version(change.version(), stored), ride);
            appointments.update(withRide, callers.current().userId());
            return withRide;
        });
    }

    /** The lines the call page and the chart show for the patient: what is coming, and what has no outcome. */
    public List<String> lines(UUID patientId) {
        PatientAccess access = gate.open(patientId, AuditAction.READ, RESOURCE);
        return lines(List.of(patientId)).getOrDefault(access.patientId(), List.of());
    }

    /**
     * The same lines for a panel of patients in one query (the worklist, which records the patients it lists):
     * scheduled appointments of the coming week, then those more than a day past with no outcome.
     */
    public Map<UUID, List<String>> lines(Collection<UUID> patientIds) {
        Instant now = clock.instant();
        Map<UUID, List<String>> lines = new HashMap<>();
        Map<UUID, ZoneId> zones = new HashMap<>();
        List<Appointment> found = appointments.scheduled(patientIds, now.minus(FLAGGED_FOR), now.plus(UPCOMING));
        Map<UUID, RideReferral> rides = referrals.rides(found.stream().map(Appointment::transportation)
                .filter(t -> t != null && t.referralId() != null).map(Transportation::referralId).toList(), patientIds);
        for (Appointment a : found) {
            if (!a.startsAt().isBefore(now)) {
                lines.computeIfAbsent(a.patientId(), id -> new ArrayList<>())
                        .add(AppointmentLines.upcoming(a, zones.computeIfAbsent(a.practiceId(), practices::zoneOf),
                                rides));
            }
        }
        for (Appointment a : found) {
            if (a.outcomeOverdue(now)) {
                lines.computeIfAbsent(a.patientId(), id -> new ArrayList<>()).add(AppointmentLines.outcomeNotRecorded(
                        a, zones.computeIfAbsent(a.practiceId(), practices::zoneOf)));
            }
        }
        return lines;
    }

    /**
     * A ride booked through a referral names one of this patient's referrals to a transportation service; any other
     * is refused naming {@code field}, so a ride never points at another patient's referral.
     */
    private void refuseUnlessTheirRide(PatientAccess access, Transportation ride, String field) {
        if (ride != null && ride.referralId() != null && referrals.rideOf(access, ride.referralId()).isEmpty()) {
            throw new InvalidRequest("Invalid " + field, Map.of(field, "must be one of this patient's referrals to "
                    + "a transportation service (" + ride.referralId() + " is not)"));
        }
    }

    Appointment stored(UUID appointmentId, AuditAction action) {
        return appointments.find(appointmentId).orElseThrow(() ->
                gate.refuse(action, RESOURCE, appointmentId, "No appointment " + appointmentId));
    }

    static int version(Integer asked, Appointment stored) {
        return asked == null ? stored.version() : asked;
    }
}
