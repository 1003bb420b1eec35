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
                     String whatMattersMost, LocalDate whatMattersOn, int version, List<AdvanceDirective> directives) {

    public Wishes {
        directives = List.copyOf(directives);
    }

    /** The wishes with the code status recorded, if {@code basedOnVersion} is the version read. */
    Wishes withCodeStatus(int basedOnVersion, CodeStatus status, LocalDate on, String source) {
        refuseIfStale(basedOnVersion);
        return new Wishes(patientId, status, on, source, whatMattersMost, whatMattersOn, version + 1, directives);
    }

    /** The wishes with what matters most in the patient's words, if {@code basedOnVersion} is the version read. */
    Wishes withWhatMatters(int basedOnVersion, String inTheirWords, LocalDate on) {
        refuseIfStale(basedOnVersion);
        return new Wishes(patientId, codeStatus, codeStatusOn, codeStatusSource, inTheirWords, on, version + 1,
                directives);
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

    /** The healthcare proxy named by a directive on file, the most recently signed first. */
    public Optional<HealthcareProxy> proxy() {
        return onFile().stream().filter(d -> d.proxy() != null).findFirst().map(AdvanceDirective::proxy);
    }

    /**
     * The chart header's line: "DNR · POLST on file · proxy: Maria Lopez"; what is missing is said ("No advance
     * directive on file", "Code status not recorded"), because a blank would read as "nothing to know".
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
        proxy().ifPresent(p -> parts.add("proxy: " + p.name()));
        return String.join(" · ", parts);
    }
}
