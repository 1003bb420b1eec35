package org.careloop.timetracking;

/** A person whose time never counts toward care management tried to log it (answered 403). */
public class NotClinicalStaff extends RuntimeException {
    public NotClinicalStaff(String message) {
        super(message);
    }
}
