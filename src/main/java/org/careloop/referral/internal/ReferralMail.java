package org.careloop.referral.internal;

import jakarta.mail.MessagingException;
import org.careloop.referral.ReferralNotSent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a referral letter to a service's intake address through the SMTP server Spring Mail is configured with
 * ({@code spring.mail.host}). Without one, nothing pretends to send: the care manager is told to print instead.
 */
@Component
public class ReferralMail {

    private final ObjectProvider<JavaMailSender> sender;
    private final ReferralSettings settings;

    ReferralMail(ObjectProvider<JavaMailSender> sender, ReferralSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** Whether e-mail can be sent at all. */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    public void send(String to, String subject, String body, byte[] letter, String letterName) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new ReferralNotSent("E-mail is not configured on this CareLoop (spring.mail.host), so the referral "
                    + "was not sent or stored; print the letter for fax or hand delivery instead", null);
        }
        try {
            var message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            helper.addAttachment(letterName, new ByteArrayResource(letter), "application/pdf");
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new ReferralNotSent("The mail server did not take the referral for " + to
                    + ", so it was not sent or stored (" + e.getMessage() + "); try again, or print the letter", e);
        }
    }
}
