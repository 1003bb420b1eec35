package org.careloop.careplan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.careloop.careplan.PatientCopy;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints the patient's copy: the {@code careplan/patient-copy} template rendered to PDF with the DejaVu Sans font
 * shipped in the application, so the output does not depend on the fonts of the server.
 */
@Component
public class PatientCopyPrinter {

    private static final String FONT = "/careplan/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/careplan/fonts/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;

    PatientCopyPrinter(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] print(PatientCopy copy) {
        Context context = new Context();
        context.setVariable("copy", copy);
        String html = templates.process("careplan/patient-copy", context);
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
            throw new UncheckedIOException("Cannot print the care plan copy", e);
        }
        return pdf.toByteArray();
    }

    private static FSSupplier<InputStream> font(String path) {
        return () -> PatientCopyPrinter.class.getResourceAsStream(path);
    }
}
