package org.careloop.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.careplan.CarePlans;
import org.careloop.careplan.OpenSocialNeed;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.LanguageNames;
import org.careloop.community.RankedService;
import org.careloop.community.ServiceCategory;
import org.careloop.community.ServiceSearch;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.stereotype.Service;

/**
 * What the chart and the call page show beside a patient's social needs: each open need on the care plan with the
 * {@value #SHOWN} best services of the practice's directory for the patient's ZIP code and language (ranked as the
 * directory explains), and the patient's referrals so far.
 */
@Service
public class NeedSuggestions {

    static final int SHOWN = 3;

    /** The patient's ZIP code and language the ranking used, their open needs, and their referrals. */
    public record PatientSuggestions(UUID patientId, String zip, String language, List<NeedSuggestion> needs,
                                     List<ReferralView> referrals) {
    }

    /** One open need, its category (none when no category serves it), the best services and its open referrals. */
    public record NeedSuggestion(OpenSocialNeed need, ServiceCategory category, List<RankedService> services,
                                 List<ReferralView> openReferrals) {
    }

    private final PatientRegistry patients;
    private final CarePlans carePlans;
    private final CommunityDirectory directory;
    private final Referrals referrals;

    NeedSuggestions(PatientRegistry patients, CarePlans carePlans, CommunityDirectory directory, Referrals referrals) {
        this.patients = patients;
        this.carePlans = carePlans;
        this.directory = directory;
        this.referrals = referrals;
    }

    public PatientSuggestions forPatient(UUID patientId) {
        PatientRecord patient = patients.find(patientId);
        String zip = Optional.ofNullable(patient.address()).map(address -> address.postalCode())
                .filter(code -> code != null && code.matches("\\d{5}(-\\d{4})?")).map(code -> code.substring(0, 5))
                .orElse(null);
        List<ReferralView> made = referrals.forPatient(patientId);
        List<NeedSuggestion> needs = carePlans.openSocialNeeds(patientId).stream().map(need -> {
            Optional<ServiceCategory> category = ServiceCategory.forNeed(need.sdohDomain());
            List<RankedService> best = category.map(c -> directory.search(new ServiceSearch(patient.practiceId(), c, zip,
                    patient.preferredLanguage(), false)).stream().limit(SHOWN).toList()).orElse(List.of());
            List<ReferralView> open = made.stream().filter(r -> need.sdohDomain().equalsIgnoreCase(r.needDomain())
                    && !r.status().closed()).toList();
            return new NeedSuggestion(need, category.orElse(null), best, open);
        }).toList();
        return new PatientSuggestions(patientId, zip, patient.preferredLanguage() == null ? null
                : LanguageNames.nameOf(patient.preferredLanguage()), needs, made);
    }
}
