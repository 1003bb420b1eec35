package org.careloop;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/**
 * Prints what a patient takes home (a care plan's copy, an education material) as PDF: a Thymeleaf template rendered
 * with the DejaVu Sans fonts shipped in the application, so the output does not depend on the fonts of the server
 * and every accented letter of a Spanish handout prints.
 */
@Component
public class PdfPrinter {

    private final ITemplateEngine templates;

    PdfPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template (a name under {@code templates/}) rendered with the context, as a PDF; {@code what} names it in errors. */
    public byte[] print(String template, IContext context, String what) {
        return HtmlToPdf.print(templates.process(template, context), what);
    }
}
