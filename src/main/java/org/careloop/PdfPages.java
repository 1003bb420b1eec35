package org.careloop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints an XHTML page (a rendered Thymeleaf template) to PDF with the DejaVu Sans font shipped in the application,
 * so what the patient or a community organization receives does not depend on the fonts of the server. Shared by the
 * modules that hand out paper: the patient's copy of the care plan, the referral letter.
 */
public final class PdfPages {

    private static final String FONT = "/careplan/fonts/DejaVuSans.ttf";
    private static final String BOLD_FONT = "/careplan/fonts/DejaVuSans-Bold.ttf";

    private PdfPages() {
    }

    /** The page as PDF; {@code what} names it in the error should printing fail. */
    public static byte[] print(String xhtml, String what) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font(FONT), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(font(BOLD_FONT), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("CareLoop");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot print " + what, e);
        }
        return pdf.toByteArray();
    }

    private static FSSupplier<InputStream> font(String path) {
        return () -> PdfPages.class.getResourceAsStream(path);
    }
}
