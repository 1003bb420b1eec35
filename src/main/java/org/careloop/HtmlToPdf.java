package org.careloop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints an HTML page to PDF with the DejaVu Sans font shipped in the application (as family {@code 'DejaVu Sans'},
 * normal and bold), so what a patient or a colleague receives does not depend on the fonts of the server.
 */
public final class HtmlToPdf {

    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/fonts/DejaVuSans-Bold.ttf";

    private HtmlToPdf() {
    }

    /** The page as a PDF; {@code what} names the document in the error should printing fail. */
    public static byte[] print(String html, String what) {
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
        return () -> HtmlToPdf.class.getResourceAsStream(path);
    }
}
