package org.careloop.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.careloop.adt.FeedListener;
import org.careloop.adt.FeedSourceDetails;
import org.careloop.adt.FeedSources;
import org.careloop.adt.MllpClient;
import org.careloop.identity.ActingStaff;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's hospital feed: Mercy General Hospital is registered to Riverside (its MRNs are the Synthea hospital's,
 * which the demo patients carry), and, when the MLLP listener is on, the demo sends its own port what a hospital would:
 * one patient admitted three days ago and discharged yesterday to home health, another seen in the emergency
 * department this morning (named without an MRN, so matched by name and birth date), and an admission of someone who
 * is not Riverside's patient, which waits in the work queue for a person.
 */
@Component
class DemoAdtFeed {

    static final String SENDING_APPLICATION = "MERCY_ADT";
    static final String SENDING_FACILITY = "MERCY";
    /** The identifier system of the MRNs in the demo's Synthea records. */
    static final String SYNTHEA_MRN_SYSTEM = "http://hospital.smarthealthit.org";
    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final Logger log = LoggerFactory.getLogger(DemoAdtFeed.class);

    private final FeedSources sources;
    private final FeedListener listener;
    private final PatientRoster roster;
    private final Practices practices;
    private final ActingStaff acting;
    private final Clock clock;

    DemoAdtFeed(FeedSources sources, FeedListener listener, PatientRoster roster, Practices practices,
                ActingStaff acting, Clock clock) {
        this.sources = sources;
        this.listener = listener;
        this.roster = roster;
        this.practices = practices;
        this.acting = acting;
        this.clock = clock;
    }

    /**
     * Registers Mercy General to the practice unless it is, and sends the demo messages when the listener is on; their
     * control ids are fixed, so announcing again changes nothing (the feed answers each as it did the first time).
     */
    void announce(UUID practice) {
        acting.run("admin", () -> {
            if (sources.list(practice).stream().noneMatch(s -> s.sender().equals(SENDING_APPLICATION + "|"
                    + SENDING_FACILITY))) {
                sources.register(new FeedSourceDetails(practice, "Mercy General Hospital", SENDING_APPLICATION,
                        SENDING_FACILITY, SENDING_FACILITY, SYNTHEA_MRN_SYSTEM, null));
            }
        });
        if (listener.port().isEmpty()) {
            log.info("Demo hospital feed registered; the MLLP listener is off, so no ADT messages were sent");
            return;
        }
        List<PatientRoster.RosterEntry> active = roster.ofPractice(practice).values().stream()
                .filter(p -> p.status().equals("ACTIVE") && p.birthDate() != null).toList();
        // the hospital knows the demo's Synthea patients (their MRNs are the hospital's UUIDs), each one unmistakable
        // by name and birth date; anyone else added to the practice is no patient of Mercy General
        List<PatientRoster.RosterEntry> patients = active.stream()
                .filter(p -> isSyntheaMrn(p.mrn()) && active.stream().filter(other -> sameNameAndBirth(p, other))
                        .count() == 1)
                .sorted(Comparator.comparing(PatientRoster.RosterEntry::familyName)
                        .thenComparing(PatientRoster.RosterEntry::id)).toList();
        if (patients.size() < 2) {
            return;
        }
        List<String> answers = new ArrayList<>();
        try (MllpClient client = MllpClient.connect("127.0.0.1", listener.port().getAsInt())) {
            for (String message : messages(patients.get(1), patients.get(3 % patients.size()),
                    LocalDateTime.now(clock.withZone(practices.zoneOf(practice))))) {
                MllpClient.Acknowledgement ack = client.send(message);
                answers.add(ack.code() + " (" + ack.text() + ")");
            }
        }
        log.info("Demo hospital feed: {} ADT messages sent to MLLP port {}, answered {}", answers.size(),
                listener.port().getAsInt(), answers);
    }

    private static boolean isSyntheaMrn(String mrn) {
        try {
            return mrn != null && UUID.fromString(mrn).toString().equalsIgnoreCase(mrn);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

    private static boolean sameNameAndBirth(PatientRoster.RosterEntry one, PatientRoster.RosterEntry other) {
        return one.familyName().equalsIgnoreCase(other.familyName()) && one.birthDate().equals(other.birthDate())
                && one.givenNames().split(" ")[0].equalsIgnoreCase(other.givenNames().split(" ")[0]);
    }

    private static List<String> messages(PatientRoster.RosterEntry admitted, PatientRoster.RosterEntry seen,
                                         LocalDateTime now) {
        LocalDateTime admittedAt = now.minusDays(3).withHour(14).withMinute(20);
        LocalDateTime dischargedAt = now.minusDays(1).withHour(11).withMinute(5);
        LocalDateTime arrivedAt = now.withHour(7).withMinute(40);
        String visit = "V" + admitted.mrn().substring(0, 6).toUpperCase();
        return List.of(
                message("A01", "DEMO-0001", admittedAt, pid(admitted.mrn() + "^^^MERCY^MR", admitted),
                        pv1("I", "4W^412^B^MERCY", visit, "", admittedAt, null)
                                + "\rDG1|1||I50.23^Acute on chronic systolic heart failure^I10||" + DTM.format(admittedAt) + "|A"),
                message("A03", "DEMO-0002", dischargedAt, pid(admitted.mrn() + "^^^MERCY^MR", admitted),
                        pv1("I", "4W^412^B^MERCY", visit, "06", admittedAt, dischargedAt)
                                + "\rDG1|1||I50.23^Acute on chronic systolic heart failure^I10||" + DTM.format(admittedAt) + "|F"
                                + "\rDG1|2||N17.9^Acute kidney failure, unspecified^I10||" + DTM.format(admittedAt) + "|F"
                                + "\rZPD|MERCY|follow-up with primary care within 7 days"),
                message("A04", "DEMO-0003", arrivedAt, pid("", seen),
                        pv1("E", "ED^12^^MERCY", "E" + seen.mrn().substring(0, 6).toUpperCase(), "", arrivedAt, null)
                                + "\rDG1|1||R07.9^Chest pain, unspecified^I10||" + DTM.format(arrivedAt) + "|W"),
                message("A01", "DEMO-0004", now.minusHours(2), "PID|1||M-77120^^^MERCY^MR||Quill^Harriet^J||19510714|F",
                        pv1("O", "OBS^3^^MERCY", "V77120", "", now.minusHours(2), null)));
    }

    private static String message(String event, String controlId, LocalDateTime at, String pid, String visit) {
        return "MSH|^~\\&|" + SENDING_APPLICATION + "|" + SENDING_FACILITY + "|CARELOOP|RIVERSIDE|" + DTM.format(at)
                + "||ADT^" + event + "|" + controlId + "|P|2.5.1\rEVN|" + event + "|" + DTM.format(at) + "\r" + pid
                + "\r" + visit + "\r";
    }

    private static String pid(String identifiers, PatientRoster.RosterEntry patient) {
        return "PID|1||" + identifiers + "||" + patient.familyName() + "^" + patient.givenNames().split(" ")[0] + "||"
                + (patient.birthDate() == null ? "" : patient.birthDate().toString().replace("-", ""));
    }

    /** PV1 up to field 45: class, location, visit number (19), disposition (36), admit (44) and discharge (45). */
    private static String pv1(String patientClass, String location, String visitNumber, String disposition,
                              LocalDateTime admitted, LocalDateTime discharged) {
        String[] fields = new String[46];
        java.util.Arrays.fill(fields, "");
        fields[0] = "PV1";
        fields[1] = "1";
        fields[2] = patientClass;
        fields[3] = location;
        fields[19] = visitNumber;
        fields[36] = disposition;
        fields[44] = DTM.format(admitted);
        fields[45] = discharged == null ? "" : DTM.format(discharged);
        return String.join("|", fields);
    }
}
