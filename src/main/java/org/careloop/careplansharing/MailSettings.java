package org.careloop.careplansharing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sender of the care plans CareLoop e-mails ({@code careloop.mail.from}, such as
 * {@code "Riverside Family Medicine <care-team@riverside.example>"}). The mail server itself is Spring Boot's
 * {@code spring.mail.*}: host, port, username, password, and {@code spring.mail.properties.mail.smtp.starttls.enable}
 * and {@code .required=true} so a plan never crosses the network in clear text.
 */
@ConfigurationProperties("careloop.mail")
public record MailSettings(String from) {
}
