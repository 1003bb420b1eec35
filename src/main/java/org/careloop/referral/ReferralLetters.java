package org.careloop.referral;

import org.careloop.identity.PracticeProfile;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.referral.internal.ReferralLetter;
import org.careloop.referral.internal.ReferralLetterPrinter;
import org.careloop.referral.internal.ReferralMail;
import org.careloop.referral.internal.ReferralSettings;
import org.careloop.referral.internal.ResponseWindow;
import org.springframework.stereotype.Component;

/**
 * The referral letter: printed for fax or hand delivery, or e-mailed to the service's intake address with the letter
 * attached. The e-mail's subject and body name no patient (mail may pass servers CareLoop does not control); the
 * patient's details travel in the attached letter the patient agreed to share.
 */
@Component
class ReferralLetters {

    private final PatientRegistry patients;
    private final Practices practices;
    private final Staff staff;
    private final ReferralLetterPrinter printer;
    private final ReferralMail mail;
    private final ReferralSettings settings;

    ReferralLetters(PatientRegistry patients, Practices practices, Staff staff, ReferralLetterPrinter printer,
                    ReferralMail mail, ReferralSettings settings) {
        this.patients = patients;
        this.practices = practices;
        this.staff = staff;
        this.printer = printer;
        this.mail = mail;
        this.settings = settings;
    }

    byte[] pdf(Referral referral) {
        return printer.print(letter(referral));
    }

    void email(Referral referral) {
        ReferralLetter letter = letter(referral);
        String reference = referral.id().toString().substring(0, 8);
        String subject = (letter.urgent() ? "URGENT " : "") + "Referral " + reference + " from " + letter.practiceName()
                + ": " + letter.category().toLowerCase();
        String body = "Please find attached a referral from " + letter.practiceName() + " to " + letter.serviceName()
                + " (" + letter.organizationName() + ").\n\n"
                + "The patient agreed to share the attached letter with you for this referral.\n\n"
                + "Please let " + letter.careManagerName() + " know by " + letter.answerDueOn()
                + " whether you accept the referral" + (letter.practicePhone() == null ? "" : " (" + letter.practicePhone() + ")")
                + ", and later whether the service was provided.\n\nReferral " + referral.id() + "\n";
        mail.send(referral.sending().sentTo(), subject, body, printer.print(letter), "referral-" + reference + ".pdf");
    }

    private ReferralLetter letter(Referral referral) {
        Referral.Details details = referral.details();
        PatientRecord patient = patients.find(details.patientId());
        PracticeProfile practice = practices.profile(details.practiceId()).orElseThrow();
        String careManager = staff.find(details.careManagerId())
                .map(person -> person.displayName() + (person.credential() == null ? "" : ", " + person.credential()))
                .orElse(practice.name());
        return new ReferralLetter(referral.id(), referral.sending().sentOn(), details.urgency() == Urgency.URGENT,
                practice.name(), practice.phone(), practice.address(), careManager,
                patient.givenNames() + " " + patient.familyName(), patient.birthDate(), patient.phone(),
                patient.preferredLanguage(), details.needDescription(), details.category().label(), details.request(),
                details.consent().statement(), details.serviceName(), details.organizationName(),
                ResponseWindow.answerDueOn(referral.sending().sentOn(), settings.responseBusinessDays()));
    }
}
