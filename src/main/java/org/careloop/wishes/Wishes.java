package org.careloop.wishes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.StaleVersion;

/**
 * The patient's wishes as they stand: code status with the day it was recorded and its source ("POLST signed with Dr
 * Chen", "hospital discharge summary"), what matters most in the patient's own words and when they said it, and the
 * advance directives, on file first. {@code version} is that of the code status and what matters (0 before anything
 * was recorded); each directive has its own.
 */
public record Wishes(UUID patientId, CodeStatus codeStatus, LocalDate codeStatusOn, String codeStatusSource,
                     String whatMattersMost, LocalDate whatMattersOn, int version, List<AdvanceDirective> directives,
                     HealthcareProxy proxyContact) {

    /** The label of a proxy known only as typed on a directive, so nobody mistakes it for a confirmed contact. */
    static final String TYPED = " (as typed on the directive; not among the patient's contacts)";

    public Wishes {
        directives = List.copyOf(directives);
    }

    Wishes(UUID patientId, CodeStatus codeStatus, LocalDate codeStatusOn, String codeStatusSource,
           String whatMattersMost, LocalDate whatMattersOn, int version, List<AdvanceDirective> directives) {
        this(patientId, codeStatus, codeStatusOn, codeStatusSource, whatMattersMost, whatMattersOn, version,
                directives, null);
    }

    /** The wishes with the patient's contact marked healthcare proxy (the care team's record of who decides). */
    Wishes withProxyContact(HealthcareProxy contact) {
        return new Wishes(patientId, codeStatus, codeStatusOn, codeStatusSource, whatMattersMost, whatMattersOn,
                version, directives, contact);
    }

    /** The wishes with the code status recorded, if {@code basedOnVersion} is the version read. */
    Wishes withCodeStatus(int basedOnVersion, CodeStatus status, LocalDate on, String source) {
        refuseIfStale(basedOnVersion);
        return new Wishes(patientId, status, on, source, whatMattersMost, whatMattersOn, version + 1, directives,
                proxyContact);
    }

    /** The wishes with what matters most in the patient's words, if {@code basedOnVersion} is the version read. */
    Wishes withWhatMatters(int basedOnVersion, String inTheirWords, LocalDate on) {
        refuseIfStale(basedOnVersion);
        return new Wishes(patientId, codeStatus, codeStatusOn, codeStatusSource, inTheirWords, on, version + 1,
                directives, proxyContact);
    }

    private void refuseIfStale(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw new StaleVersion("The patient's wishes were changed by someone else; reload them",
                    version);
        }
    }

    /** The directives that apply (not revoked). */
    public List<AdvanceDirective> onFile() {
        return directives.stream().filter(AdvanceDirective::onFile).toList();
    }

    /**
     * The healthcare proxy: the patient's contact marked healthcare proxy; without one, the proxy typed on a
     * directive on file (the most recently signed first), as directives recorded before the contacts were kept name it.
     */
    public Optional<HealthcareProxy> proxy() {
        return Optional.ofNullable(proxyContact).or(this::typedProxy);
    }

    /** Whether the proxy shown is only the copy typed on a directive, not one of the patient's contacts. */
    public boolean proxyOnlyTyped() {
        return proxyContact == null && typedProxy().isPresent();
    }

    /**
     * "Maria Lopez (daughter), 413-555-0210", the proxy as the chart, the call page and the care plan show it; a
     * proxy known only from a directive's typed copy says so.
     */
    public Optional<String> proxyWords() {
        return proxy().map(p -> p.reach() + (proxyOnlyTyped() ? TYPED : ""));
    }

    private Optional<HealthcareProxy> typedProxy() {
        return onFile().stream().filter(d -> d.proxy() != null).findFirst().map(AdvanceDirective::proxy);
    }

    /**
     * The chart header's line: "DNR · POLST on file · proxy: Maria Lopez (daughter), 413-555-0210"; what is missing
     * is said ("No advance directive on file", "Code status not recorded"), because a blank would read as "nothing to
     * know".
     */
    public String headline() {
        List<String> parts = new ArrayList<>();
        parts.add(codeStatus == null ? "Code status not recorded" : codeStatus.words());
        List<AdvanceDirective> onFile = onFile();
        if (onFile.isEmpty()) {
            parts.add("No advance directive on file");
        } else {
            onFile.stream().map(d -> d.kind().words()).distinct().forEach(kind -> parts.add(kind + " on file"));
        }
        proxyWords().ifPresent(p -> parts.add("proxy: " + p));
        return String.join(" · ", parts);
    }
}
