package org.careloop.adt.internal;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.Terser;

/**
 * Reads the fields CareLoop uses out of a parsed ADT message, wherever the message's structure put its segments (an
 * A03 and an A09-shaped A11 group them differently; a Z-segment may sit between them), taking every repetition of
 * PID-3 and every DG1. Reading judges nothing: {@link NoticeRules} does.
 */
final class AdtReading {

    private AdtReading() {
    }

    static ReceivedAdt read(Message message) {
        Segment msh = first(message, "MSH");
        Segment evn = first(message, "EVN");
        Segment pid = first(message, "PID");
        Segment pv1 = first(message, "PV1");
        ReceivedAdt.Header header = new ReceivedAdt.Header(text(msh, 3, 0, 1, 1), text(msh, 4, 0, 1, 1),
                text(msh, 10, 0, 1, 1), text(msh, 9, 0, 1, 1), text(msh, 9, 0, 2, 1), text(msh, 11, 0, 1, 1),
                text(evn, 6, 0, 1, 1));
        ReceivedAdt.Patient patient = pid == null ? null : new ReceivedAdt.Patient(identifiers(pid),
                text(pid, 5, 0, 1, 1), text(pid, 5, 0, 2, 1), text(pid, 7, 0, 1, 1));
        ReceivedAdt.Visit visit = pv1 == null ? null : new ReceivedAdt.Visit(text(pv1, 2, 0, 1, 1),
                text(pv1, 3, 0, 4, 1), text(pv1, 19, 0, 1, 1), text(pv1, 36, 0, 1, 1), text(pv1, 44, 0, 1, 1),
                text(pv1, 45, 0, 1, 1));
        List<ReceivedAdt.SentDiagnosis> diagnoses = new ArrayList<>();
        for (Segment dg1 : all(message, "DG1")) {
            String code = text(dg1, 3, 0, 1, 1);
            if (code != null) {
                diagnoses.add(new ReceivedAdt.SentDiagnosis(code, text(dg1, 3, 0, 2, 1), text(dg1, 3, 0, 3, 1)));
            }
        }
        return new ReceivedAdt(header, patient, visit, List.copyOf(diagnoses));
    }

    private static List<ReceivedAdt.SentIdentifier> identifiers(Segment pid) {
        List<ReceivedAdt.SentIdentifier> identifiers = new ArrayList<>();
        for (int repetition = 0; repetition < repetitions(pid, 3); repetition++) {
            String value = text(pid, 3, repetition, 1, 1);
            if (value != null) {
                identifiers.add(new ReceivedAdt.SentIdentifier(value, text(pid, 3, repetition, 4, 1),
                        text(pid, 3, repetition, 5, 1)));
            }
        }
        return List.copyOf(identifiers);
    }

    /** A component's text, trimmed; null when the segment, the field or the component was not sent. */
    private static String text(Segment segment, int field, int repetition, int component, int subcomponent) {
        if (segment == null) {
            return null;
        }
        try {
            String value = Terser.get(segment, field, repetition, component, subcomponent);
            return value == null || value.isBlank() || value.equals("\"\"") ? null : value.strip();
        } catch (HL7Exception | RuntimeException unreadable) {
            return null;
        }
    }

    private static int repetitions(Segment segment, int field) {
        try {
            return segment.getField(field).length;
        } catch (HL7Exception | RuntimeException unreadable) {
            return 0;
        }
    }

    private static boolean sent(Segment segment) {
        try {
            return !segment.isEmpty();
        } catch (HL7Exception unreadable) {
            return false;
        }
    }

    private static Segment first(Group group, String name) {
        List<Segment> found = all(group, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every segment of that name in the message, in order, at any depth. */
    private static List<Segment> all(Group group, String name) {
        List<Segment> found = new ArrayList<>();
        collect(group, name, found);
        return found;
    }

    private static void collect(Group group, String name, List<Segment> found) {
        for (String child : group.getNames()) {
            Structure[] repetitions;
            try {
                repetitions = group.getAll(child);
            } catch (HL7Exception unreadable) {
                continue;
            }
            for (Structure structure : repetitions) {
                if (structure instanceof Segment segment && segment.getName().equals(name) && sent(segment)) {
                    found.add(segment);
                } else if (structure instanceof Group inner) {
                    collect(inner, name, found);
                }
            }
        }
    }
}
