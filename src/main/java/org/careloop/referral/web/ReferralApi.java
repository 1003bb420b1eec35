package org.careloop.referral.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.identity.PracticeSelection;
import org.careloop.referral.LoopReport;
import org.careloop.referral.NeedSuggestions;
import org.careloop.referral.NewReferral;
import org.careloop.referral.ReferralLoop;
import org.careloop.referral.ReferralUpdate;
import org.careloop.referral.ReferralView;
import org.careloop.referral.Referrals;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Closed-loop community referrals on the API: refer, follow, close, print, and the practice's loop. */
@RestController
@Tag(name = "Referrals")
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class ReferralApi {

    private final Referrals referrals;
    private final NeedSuggestions suggestions;
    private final ReferralLoop loop;
    private final PracticeSelection selection;

    ReferralApi(Referrals referrals, NeedSuggestions suggestions, ReferralLoop loop, PracticeSelection selection) {
        this.referrals = referrals;
        this.suggestions = suggestions;
        this.loop = loop;
        this.selection = selection;
    }

    @PostMapping("/api/patients/{patientId}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer the patient to a community service and send it: delivery EMAIL (the letter goes to the "
            + "service's intake address; 503 and nothing stored when mail is not configured or refused) or PRINT")
    ReferralView refer(@PathVariable UUID patientId, @RequestBody NewReferral referral) {
        return referrals.refer(patientId, referral);
    }

    @GetMapping("/api/patients/{patientId}/referrals")
    @Operation(summary = "The patient's referrals, newest first")
    List<ReferralView> forPatient(@PathVariable UUID patientId) {
        return referrals.forPatient(patientId);
    }

    @GetMapping("/api/patients/{patientId}/community/suggestions")
    @Operation(summary = "The patient's open social needs, each with the three best services for their ZIP code and language")
    NeedSuggestions.PatientSuggestions suggestions(@PathVariable UUID patientId) {
        return suggestions.forPatient(patientId);
    }

    @GetMapping("/api/referrals/{referralId}")
    @Operation(summary = "One referral with its moves")
    ReferralView referral(@PathVariable UUID referralId) {
        return referrals.find(referralId);
    }

    @PostMapping("/api/referrals/{referralId}/status")
    @Operation(summary = "Record the service's answer (ACCEPTED, DECLINED with reason) or the outcome (SERVICE_PROVIDED, "
            + "NOT_PROVIDED with needStatus MET, PARTLY_MET or UNMET, which the care plan then shows)")
    ReferralView update(@PathVariable UUID referralId, @RequestBody ReferralUpdate update) {
        return referrals.update(referralId, update);
    }

    @GetMapping(value = "/api/referrals/{referralId}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The referral letter as PDF, to print for fax or hand delivery")
    ResponseEntity<byte[]> letter(@PathVariable UUID referralId) {
        return pdf(referralId, referrals.letter(referralId));
    }

    @GetMapping("/api/referrals/loop")
    @Operation(summary = "The practice's referral loop: by need and organization, the share closed with an outcome, "
            + "the median days to close; referrals sent from from= to to= (the last twelve months by default)")
    LoopReport loop(@RequestParam(required = false) UUID practice,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return loop.report(practice == null ? selection.current().id() : practice, from, to);
    }

    @GetMapping(value = "/api/referrals/loop.csv", produces = "text/csv")
    @Operation(summary = "The referral loop as CSV")
    ResponseEntity<String> loopCsv(@RequestParam(required = false) UUID practice,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return LoopCsv.response(loop(practice, from, to));
    }

    /** The letter, shown in the browser's PDF viewer to print. */
    static ResponseEntity<byte[]> pdf(UUID referralId, byte[] letter) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"referral-" + referralId.toString().substring(0, 8) + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(letter);
    }
}
