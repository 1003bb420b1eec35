package org.careloop.careplansharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.careloop.InvalidRequest;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.directory.PractitionerContact;

/**
 * What a share must say: how (e-mail or FHIR bundle); to whom, by name, and for an e-mail at a real address (typed
 * in, or the directory practitioner's); and which plan: one of the patient's living plans, which may go unnamed
 * when there is only one. A completed plan is history and is not sent as the plan to follow. A refusal names each
 * field and shares nothing.
 */
final class ShareRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;

    /** The share once checked: the plan, and the recipient with what the directory filled in. */
    record Checked(CarePlanSummary plan, String recipientName, String email, UUID practitionerId, ShareMethod method) {
    }

    private ShareRules() {
    }

    static Checked check(NewShare share, List<CarePlanSummary> plans, Optional<PractitionerContact> practitioner) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (share.method() == null) {
            problems.put("method", "is required: EMAIL or FHIR_BUNDLE");
        }
        if (share.practitionerId() != null && practitioner.isEmpty()) {
            problems.put("practitionerId", "is not a practitioner of the directory");
        }
        String name = filled(share.recipientName(), practitioner.map(PractitionerContact::name).orElse(null));
        String email = filled(share.email(), practitioner.map(PractitionerContact::email).orElse(null));
        if (name == null) {
            problems.put("recipientName", "is required: who receives the plan");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.put("recipientName", "at most " + MAX_NAME_LENGTH + " characters");
        }
        if (email == null && share.method() == ShareMethod.EMAIL) {
            problems.put("email", "is required to e-mail the plan" + (practitioner.isPresent()
                    ? ": the directory has no address for " + practitioner.get().name() : ""));
        } else if (email != null && !isAddress(email)) {
            problems.put("email", "is not an e-mail address such as dr.chen@clinic.example");
        }
        CarePlanSummary plan = plan(share.carePlanId(), plans, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return new Checked(plan, name, email, practitioner.map(PractitionerContact::id).orElse(null), share.method());
    }

    private static CarePlanSummary plan(UUID chosen, List<CarePlanSummary> plans, Map<String, String> problems) {
        List<CarePlanSummary> living = plans.stream().filter(p -> p.status().living()).toList();
        if (chosen == null) {
            if (living.size() == 1) {
                return living.get(0);
            }
            problems.put("carePlanId", living.isEmpty() ? "the patient has no living care plan to share"
                    : "is required: the patient has " + living.size() + " living plans ("
                    + String.join(", ", living.stream().map(p -> p.program().name()).toList()) + ")");
            return null;
        }
        Optional<CarePlanSummary> found = plans.stream().filter(p -> p.id().equals(chosen)).findFirst();
        if (found.isEmpty()) {
            problems.put("carePlanId", "is not a care plan of this patient");
            return null;
        }
        if (!found.get().status().living()) {
            problems.put("carePlanId", "the plan is completed: share the living plan");
            return null;
        }
        return found.get();
    }

    private static String filled(String typed, String fromDirectory) {
        if (typed != null && !typed.isBlank()) {
            return typed.strip();
        }
        return fromDirectory == null || fromDirectory.isBlank() ? null : fromDirectory.strip();
    }

    private static boolean isAddress(String email) {
        if (email.length() > MAX_EMAIL_LENGTH || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return true;
        } catch (AddressException malformed) {
            return false;
        }
    }
}
