package org.careloop.referral.web;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careplan.NeedStatus;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.careloop.patient.PatientRegistry;
import org.careloop.referral.ReferralLoop;
import org.careloop.referral.ReferralStatus;
import org.careloop.referral.ReferralUpdate;
import org.careloop.referral.ReferralView;
import org.careloop.referral.Referrals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral (its facts, its moves with dates and who, and what can be recorded next), its letter, and the
 * practice's loop of referrals with its CSV.
 */
@Controller
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
@MainNavigation(path = "/referrals", label = "nav.referrals",
        roles = {Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER, Role.ADMIN}, order = 26)
class ReferralPage {

    /** An answer or outcome as posted from the referral page. */
    record AnswerForm(Integer version, String status, String reason, String needStatus, String note) {

        ReferralUpdate toUpdate() {
            try {
                return new ReferralUpdate(version, status == null || status.isBlank() ? null : ReferralStatus.valueOf(status),
                        reason, needStatus == null || needStatus.isBlank() ? null : NeedStatus.valueOf(needStatus), note);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("Invalid answer", java.util.Map.of("status", "is not a referral status"));
            }
        }
    }

    private final Referrals referrals;
    private final ReferralLoop loop;
    private final PatientRegistry patients;
    private final PracticeSelection selection;
    private final MessageSource messages;

    ReferralPage(Referrals referrals, ReferralLoop loop, PatientRegistry patients, PracticeSelection selection,
                 MessageSource messages) {
        this.referrals = referrals;
        this.loop = loop;
        this.patients = patients;
        this.selection = selection;
        this.messages = messages;
    }

    @GetMapping("/referrals/{referralId}")
    String referral(@PathVariable UUID referralId, Model model) {
        ReferralView referral = referrals.find(referralId);
        model.addAttribute("referral", referral);
        model.addAttribute("patient", patients.find(referral.patientId()));
        model.addAttribute("needStatuses", NeedStatus.values());
        return "referral/referral";
    }

    @PostMapping("/referrals/{referralId}/status")
    String answer(@PathVariable UUID referralId, AnswerForm form, RedirectAttributes redirect) {
        try {
            ReferralView updated = referrals.update(referralId, form.toUpdate());
            redirect.addFlashAttribute("flash", messages.getMessage("referral.recorded." + updated.status().name(),
                    new Object[] {updated.organizationName()}, LocaleContextHolder.getLocale()));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", invalid.getMessage() + ": " + String.join("; ",
                    invalid.fields().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        } catch (RefusedTransition | StaleVersion refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/referrals/" + referralId;
    }

    @GetMapping("/referrals/{referralId}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable UUID referralId) {
        return ReferralApi.pdf(referralId, referrals.letter(referralId));
    }

    @GetMapping("/referrals")
    String loop(@RequestParam(required = false) UUID practice,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        UUID chosen = practice == null ? selection.current().id() : practice;
        model.addAttribute("practices", selection.available());
        model.addAttribute("practice", chosen);
        model.addAttribute("report", loop.report(chosen, from, to));
        return "referral/loop";
    }

    @GetMapping("/referrals/loop.csv")
    ResponseEntity<String> loopCsv(@RequestParam(required = false) UUID practice,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return LoopCsv.response(loop.report(practice == null ? selection.current().id() : practice, from, to));
    }
}
