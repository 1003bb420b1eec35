package org.careloop.referral.internal;

import java.util.Locale;

import org.careloop.PdfPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/** The referral letter as PDF: the {@code referral/letter} template printed by {@link PdfPrinter}. */
@Component
public class ReferralLetterPrinter {

    private final PdfPrinter pdf;

    ReferralLetterPrinter(PdfPrinter pdf) {
        this.pdf = pdf;
    }

    public byte[] print(ReferralLetter letter) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("letter", letter);
        return pdf.print("referral/letter", context, "the referral letter");
    }
}
