package org.careloop.careplan.internal;

import org.careloop.PdfPrinter;
import org.careloop.careplan.PatientCopy;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/** Prints the patient's copy: the {@code careplan/patient-copy} template rendered to PDF. */
@Component
public class PatientCopyPrinter {

    private final PdfPrinter pdf;

    PatientCopyPrinter(PdfPrinter pdf) {
        this.pdf = pdf;
    }

    public byte[] print(PatientCopy copy) {
        Context context = new Context();
        context.setVariable("copy", copy);
        return pdf.print("careplan/patient-copy", context, "the care plan copy");
    }
}
