package org.careloop.careplansharing;

import java.io.UnsupportedEncodingException;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.careloop.HtmlToPdf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * E-mails a plan summary through the configured SMTP server: plain text and HTML, with the plan as a PDF. The plan
 * is health information, so the server should be told to require STARTTLS (or SMTPS); CareLoop warns at start-up
 * when it is not. Without a mail server, nothing pretends to be sent.
 */
@Component
class PlanMail {

    private static final Logger log = LoggerFactory.getLogger(PlanMail.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final ITemplateEngine templates;

    PlanMail(ObjectProvider<JavaMailSender> senders, MailSettings settings, ITemplateEngine templates) {
        this.senders = senders;
        this.settings = settings;
        this.templates = templates;
    }

    /** The mail server, or the refusal saying which setting is missing. */
    JavaMailSender sender() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw MailNotSent.notSetUp("set spring.mail.host (and spring.mail.username and spring.mail.password) to "
                    + "e-mail care plans, or share the plan as a FHIR bundle");
        }
        if (settings.from() == null || settings.from().isBlank()) {
            throw MailNotSent.notSetUp("set careloop.mail.from to the address care plans are sent from");
        }
        return sender;
    }

    void send(JavaMailSender sender, String email, PlanSummary summary) {
        Context context = new Context();
        context.setVariable("summary", summary);
        String html = templates.process("careplansharing/summary", context);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
            mail.setFrom(settings.from());
            mail.setTo(new InternetAddress(email, summary.recipientName(), "UTF-8"));
            mail.setSubject(summary.subject());
            mail.setText(summary.text(), html);
            mail.addAttachment(summary.attachmentName(),
                    new ByteArrayResource(HtmlToPdf.print(html, "the care plan summary")), "application/pdf");
            sender.send(message);
        } catch (MailException | MessagingException | UnsupportedEncodingException refused) {
            log.warn("E-mailing a care plan failed: {}", refused.getMessage());
            throw MailNotSent.refused(refused);
        }
    }

    /** Health information must not cross the network in clear text: say so when the server allows it. */
    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutTls() {
        if (senders.getIfAvailable() instanceof JavaMailSenderImpl server) {
            Properties properties = server.getJavaMailProperties();
            boolean tls = "true".equals(properties.getProperty("mail.smtp.starttls.required"))
                    || "true".equals(properties.getProperty("mail.smtp.ssl.enable")) || "smtps".equals(server.getProtocol());
            if (!tls) {
                log.warn("Care plans are e-mailed to {} without requiring TLS: set "
                        + "spring.mail.properties.mail.smtp.starttls.enable=true and "
                        + "spring.mail.properties.mail.smtp.starttls.required=true", server.getHost());
            }
        }
    }
}
