package org.careloop.careplan.internal;

import org.careloop.PdfPages;
import org.careloop.careplan.PatientCopy;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Prints the patient's copy: the {@code careplan/patient-copy} template rendered to PDF ({@link PdfPages}). */
@Component
public class PatientCopyPrinter {

    private final ITemplateEngine templates;

    PatientCopyPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] print(PatientCopy copy) {
        Context context = new Context();
        context.setVariable("copy", copy);
        return PdfPages.print(templates.process("careplan/patient-copy", context), "the care plan copy");
    }
}
