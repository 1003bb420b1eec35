package org.careloop.referral.internal;

import java.util.Locale;

import org.careloop.PdfPages;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The referral letter as PDF: the {@code referral/letter} template printed by {@link PdfPages}. */
@Component
public class ReferralLetterPrinter {

    private final ITemplateEngine templates;

    ReferralLetterPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] print(ReferralLetter letter) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("letter", letter);
        return PdfPages.print(templates.process("referral/letter", context), "the referral letter");
    }
}
