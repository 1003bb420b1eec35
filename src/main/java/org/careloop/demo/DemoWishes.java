package org.careloop.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.careloop.careteam.PatientContacts;
import org.careloop.identity.ActingStaff;
import org.careloop.patient.PatientRoster;
import org.careloop.wishes.AdvanceDirective;
import org.careloop.wishes.AdvanceDirectives;
import org.careloop.wishes.CodeStatusChange;
import org.careloop.wishes.NewDirective;
import org.careloop.wishes.PatientWishes;
import org.careloop.wishes.WhatMattersChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Wishes in the demo: a patient with DNR on a POLST (its copy uploaded) and a power of attorney naming the daughter
 * among their contacts as healthcare proxy, one full code with a living will at the lawyer's, one DNR/DNI on a MOLST,
 * one who has only said what matters most, and the rest with nothing on file — so the chart shows both.
 */
@Component
class DemoWishes {

    private final DemoCaseload caseload;
    private final PatientWishes wishes;
    private final AdvanceDirectives directives;
    private final PatientContacts contacts;
    private final ActingStaff acting;
    private final Clock clock;

    DemoWishes(DemoCaseload caseload, PatientWishes wishes, AdvanceDirectives directives, PatientContacts contacts,
               ActingStaff acting, Clock clock) {
        this.contacts = contacts;
        this.caseload = caseload;
        this.wishes = wishes;
        this.directives = directives;
        this.acting = acting;
        this.clock = clock;
    }

    @EventListener
    void on(DemoMonthPrepared prepared) {
        prepared.careManagers().forEach((practice, careManager) -> acting.run(careManager, () -> record(caseload.of(practice))));
    }

    private void record(List<PatientRoster.RosterEntry> patients) {
        LocalDate today = LocalDate.now(clock);
        DemoCaseload.at(patients, 0).ifPresent(p -> {
            wishes.recordCodeStatus(p, new CodeStatusChange(0, "DNR", today.minusMonths(4), "POLST signed with the provider"));
            wishes.recordWhatMatters(p, new WhatMattersChange(1, "Staying in my own home and tending my tomatoes.",
                    today.minusDays(9)));
            AdvanceDirective polst = directives.record(p, new NewDirective("POLST", today.minusMonths(4),
                    "On the refrigerator at home", null, null, null, null, "Bright pink form; copy scanned."));
            directives.attachCopy(polst.id(), polst.version(), "polst.pdf", "application/pdf", form("POLST"));
        });
        DemoCaseload.at(patients, 1).ifPresent(p -> {
            wishes.recordCodeStatus(p, new CodeStatusChange(0, "FULL_CODE", today.minusDays(20), "Asked on the monthly call"));
            wishes.recordWhatMatters(p, new WhatMattersChange(1, "Walking my granddaughter to school every morning.",
                    today.minusDays(20)));
            directives.record(p, new NewDirective("LIVING_WILL", today.minusYears(5), "Lawyer's office (Baker & Hale)",
                    null, null, null, null, null));
        });
        DemoCaseload.at(patients, 2).ifPresent(p -> {
            wishes.recordCodeStatus(p, new CodeStatusChange(0, "DNR_DNI", today.minusMonths(1),
                    "MOLST from the hospital discharge"));
            directives.record(p, new NewDirective("MOLST", today.minusMonths(1), "Hospital record and a copy at home",
                    null, null, null, null, null));
        });
        DemoCaseload.at(patients, 4).ifPresent(p -> wishes.recordWhatMatters(p, new WhatMattersChange(0,
                "Being well enough to sing in the church choir.", today.minusDays(12))));
    }

    /**
     * The first patient's power of attorney names their healthcare proxy from the contacts (the daughter the demo
     * care team records), so the chart shows one proxy, kept once; run after the care teams are prepared.
     */
    void nameProxies(UUID practice, String careManager) {
        acting.run(careManager, () -> DemoCaseload.at(caseload.of(practice), 0).ifPresent(p ->
                contacts.healthcareProxy(p).ifPresent(proxy -> directives.record(p, new NewDirective(
                        "HEALTHCARE_POWER_OF_ATTORNEY", LocalDate.now(clock).minusYears(2),
                        "Daughter keeps the original", null, null, null, proxy.id(), null)))));
    }

    /** A one-page stand-in for the scanned form, marked as a demo. */
    private static byte[] form(String kind) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 20);
                text.newLineAtOffset(72, 700);
                text.showText(kind + " (CareLoop demo copy, not a medical order)");
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the demo " + kind + " copy", e);
        }
    }
}
