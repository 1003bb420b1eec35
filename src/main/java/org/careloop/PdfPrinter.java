package org.careloop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
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

    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;

    PdfPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The template (a name under {@code templates/}) rendered with the context, as a PDF; {@code what} names it in errors. */
    public byte[] print(String template, IContext context, String what) {
        String html = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font(FONT), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(font(BOLD_FONT), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("CareLoop");
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print " + what, e);
        }
        return pdf.toByteArray();
    }

    private static FSSupplier<InputStream> font(String path) {
        return () -> PdfPrinter.class.getResourceAsStream(path);
    }
}
