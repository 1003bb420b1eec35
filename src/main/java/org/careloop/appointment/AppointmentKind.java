package org.careloop.appointment;

/**
 * What the appointment is for. {@code FACE_TO_FACE_AFTER_DISCHARGE} is the visit transitional care management
 * requires within 7 or 14 days of a discharge (CPT 99496/99495).
 */
public enum AppointmentKind {
    PRIMARY_CARE, SPECIALIST, LAB, IMAGING, FACE_TO_FACE_AFTER_DISCHARGE, OTHER;

    /** The kind as a care manager says it: "primary care", "face-to-face visit after discharge". */
    public String words() {
        return switch (this) {
            case PRIMARY_CARE -> "primary care";
            case SPECIALIST -> "specialist";
            case LAB -> "lab";
            case IMAGING -> "imaging";
            case FACE_TO_FACE_AFTER_DISCHARGE -> "face-to-face visit after discharge";
            case OTHER -> "appointment";
        };
    }
}
