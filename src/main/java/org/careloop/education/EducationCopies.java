package org.careloop.education;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.careloop.InvalidRequest;
import org.careloop.PdfPrinter;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Practices;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;

/**
 * The large-type copy of an assigned material the patient keeps: printed (PDF, 18-point type and more, as the
 * American Foundation for the Blind and CMS's large-print guidance ask), or e-mailed to the patient as a PDF
 * attachment. Either is an export of the patient's data, audited as such. The e-mail's subject names the practice,
 * never the condition, because the subject line shows on a locked phone.
 */
@Service
public class EducationCopies {

    private final Education education;
    private final EducationLibrary library;
    private final PatientRegistry patients;
    private final Practices practices;
    private final PdfPrinter printer;
    private final ObjectProvider<JavaMailSender> mail;
    private final EducationSettings settings;
    private final Clock clock;

    EducationCopies(Education education, EducationLibrary library, PatientRegistry patients, Practices practices,
                    PdfPrinter printer, ObjectProvider<JavaMailSender> mail, EducationSettings settings, Clock clock) {
        this.education = education;
        this.library = library;
        this.patients = patients;
        this.practices = practices;
        this.printer = printer;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether this server can send mail at all (a mail server is configured). */
    public boolean canEmail() {
        return mail.getIfAvailable() != null;
    }

    /** The patient's copy of the assigned material, as a PDF to print. */
    public byte[] pdf(UUID assignmentId) {
        return print(education.find(assignmentId, AuditAction.EXPORT));
    }

    /**
     * E-mails the patient's copy to {@code to}, else to the patient's e-mail address on record; refused naming
     * {@code to} when neither is a usable address, and with {@link MailNotConfigured} when the server cannot send mail.
     */
    @Transactional
    public EmailedCopy email(UUID assignmentId, String to) {
        String given = to == null || to.isBlank() ? null : to.strip();
        if (given != null && !looksLikeAnAddress(given)) {
            throw new InvalidRequest("Invalid to", Map.of("to", "must be an e-mail address"));
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new MailNotConfigured();
        }
        EducationAssignment assignment = education.find(assignmentId, AuditAction.EXPORT);
        PatientRecord patient = patients.find(assignment.patientId());
        String address = given != null ? given : patient.email();
        if (address == null || !looksLikeAnAddress(address)) {
            throw new InvalidRequest("Invalid to", Map.of("to",
                    "is required: the patient has no e-mail address on record"));
        }
        String practice = practices.find(assignment.practiceId()).map(p -> p.name()).orElse("your practice");
        boolean spanish = "es".equals(assignment.materialLanguage());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(address);
            helper.setSubject(spanish ? "Información de su equipo de cuidado en " + practice
                    : "Information from your care team at " + practice);
            helper.setText(spanish
                    ? "Adjuntamos la hoja que repasamos con usted. Si tiene preguntas, llame a " + practice + "."
                    : "Attached is the handout we went over with you. If you have questions, call " + practice + ".");
            helper.addAttachment(assignment.materialId() + ".pdf", new ByteArrayResource(print(assignment)),
                    "application/pdf");
            sender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot compose the e-mail of the patient copy", e);
        }
        education.copyEmailed(assignmentId, address);
        return new EmailedCopy(assignmentId, address, clock.instant());
    }

    private byte[] print(EducationAssignment assignment) {
        EducationMaterial material = library.find(assignment.materialId()).orElseThrow(() ->
                new IllegalStateException("The material " + assignment.materialId() + " is no longer in the library"));
        PatientRecord patient = patients.find(assignment.patientId());
        Context context = new Context();
        context.setVariable("material", material);
        context.setVariable("lang", "es".equals(material.language()) ? "es" : "en");
        context.setVariable("patientName", patient.givenNames() + " " + patient.familyName());
        context.setVariable("practiceName", practices.find(assignment.practiceId()).map(p -> p.name()).orElse(""));
        context.setVariable("printedOn", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("MMMM d, yyyy",
                Locale.forLanguageTag(material.language()))));
        return printer.print("education/patient-copy", context, "the education copy");
    }

    private static boolean looksLikeAnAddress(String address) {
        return address.length() <= 254 && address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }
}
