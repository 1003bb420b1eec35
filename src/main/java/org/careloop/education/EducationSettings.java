package org.careloop.education;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patient copies leave by e-mail. The mail server itself is Spring's ({@code spring.mail.host}, {@code
 * spring.mail.port}, {@code spring.mail.username}...); without it, e-mailing a copy is refused and the copy is printed.
 *
 * @param mailFrom the sender patients see, such as the practice's care-team mailbox
 */
@ConfigurationProperties("careloop.education")
public record EducationSettings(@DefaultValue("care-team@careloop.invalid") String mailFrom) {
}
