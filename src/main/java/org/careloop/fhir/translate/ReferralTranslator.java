package org.careloop.fhir.translate;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

import org.careloop.community.ServiceCategory;
import org.careloop.referral.ReferralView;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;

/**
 * A referral out, in the shape of the Gravity Project's SDOH Clinical Care guide: a collection Bundle with the
 * ServiceRequest (category social service procedure plus the SDOH domain, the request in words, the patient, the
 * care manager as requester, the organization as performer, the patient's consent as supporting information), the
 * Task that asks the organization to fulfil it (its status following the referral's lifecycle), the Organization and
 * the Consent. NO_RESPONSE has no Task status of its own: the Task stays requested, its business status says so.
 */
public final class ReferralTranslator {

    static final String SDOHCC = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
    static final String SNOMED = "http://snomed.info/sct";
    private static final String[] UNSPECIFIED = {"sdoh-category-unspecified", "SDOH Category Unspecified"};

    private ReferralTranslator() {
    }

    public static Bundle bundle(ReferralView referral) {
        String organizationUrl = url("Organization", referral.id());
        String consentUrl = url("Consent", referral.id());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl("urn:uuid:" + referral.id()).setResource(serviceRequest(referral, organizationUrl, consentUrl));
        bundle.addEntry().setFullUrl(url("Task", referral.id())).setResource(task(referral, organizationUrl));
        bundle.addEntry().setFullUrl(organizationUrl).setResource(organization(referral));
        bundle.addEntry().setFullUrl(consentUrl).setResource(consent(referral, organizationUrl));
        return bundle;
    }

    static ServiceRequest serviceRequest(ReferralView referral, String organizationUrl, String consentUrl) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id().toString());
        request.getMeta().setVersionId(String.valueOf(referral.version()));
        request.setStatus(switch (referral.status()) {
            case SERVICE_PROVIDED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
            case DECLINED, NOT_PROVIDED -> ServiceRequest.ServiceRequestStatus.REVOKED;
            default -> ServiceRequest.ServiceRequestStatus.ACTIVE;
        });
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(referral.urgency().name().equals("URGENT") ? ServiceRequest.ServiceRequestPriority.URGENT
                : ServiceRequest.ServiceRequestPriority.ROUTINE);
        request.addCategory(new CodeableConcept(new Coding(SNOMED, "410606002", "Social service procedure")));
        request.addCategory(domain(referral));
        request.setCode(new CodeableConcept().setText(referral.request()));
        request.setSubject(new Reference("Patient/" + referral.patientId()));
        request.setAuthoredOnElement(new DateTimeType(Date.from(referral.sentAt())));
        request.setRequester(new Reference().setDisplay(referral.careManagerName()));
        request.addPerformer(new Reference(organizationUrl).setDisplay(referral.organizationName()));
        if (referral.needDescription() != null) {
            request.addReasonCode(new CodeableConcept().setText(referral.needDescription()));
        }
        request.addSupportingInfo(new Reference(consentUrl).setDisplay("Consent to share"));
        return request;
    }

    static Task task(ReferralView referral, String organizationUrl) {
        Task task = new Task();
        task.setId(id("Task", referral.id()).toString());
        task.setStatus(switch (referral.status()) {
            case SENT, NO_RESPONSE -> Task.TaskStatus.REQUESTED;
            case ACCEPTED -> Task.TaskStatus.ACCEPTED;
            case DECLINED -> Task.TaskStatus.REJECTED;
            case SERVICE_PROVIDED -> Task.TaskStatus.COMPLETED;
            case NOT_PROVIDED -> Task.TaskStatus.FAILED;
        });
        if (referral.status().name().equals("NO_RESPONSE")) {
            task.setBusinessStatus(new CodeableConcept().setText("No response within the response window"));
        }
        if (referral.declineReason() != null) {
            task.setStatusReason(new CodeableConcept().setText(referral.declineReason()));
        }
        task.setIntent(Task.TaskIntent.ORDER);
        task.setPriority(referral.urgency().name().equals("URGENT") ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
        task.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/CodeSystem/task-code", "fulfill",
                "Fulfill the focal request")));
        task.setFocus(new Reference("urn:uuid:" + referral.id()));
        task.setFor(new Reference("Patient/" + referral.patientId()));
        task.setAuthoredOn(Date.from(referral.sentAt()));
        task.setLastModified(Date.from(referral.moves().isEmpty() ? referral.sentAt()
                : referral.moves().get(referral.moves().size() - 1).at()));
        task.setRequester(new Reference().setDisplay(referral.careManagerName()));
        task.setOwner(new Reference(organizationUrl).setDisplay(referral.organizationName()));
        if (referral.needStatus() != null) {
            task.addOutput().setType(new CodeableConcept().setText("How far the need is met"))
                    .setValue(new StringType(referral.needStatus().name().toLowerCase().replace('_', ' ')));
        }
        return task;
    }

    static Organization organization(ReferralView referral) {
        Organization organization = new Organization();
        organization.setId(id("Organization", referral.id()).toString());
        organization.setName(referral.organizationName());
        organization.setActive(true);
        if (referral.sentTo() != null) {
            organization.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(referral.sentTo());
        }
        return organization;
    }

    static Consent consent(ReferralView referral, String organizationUrl) {
        Consent consent = new Consent();
        consent.setId(id("Consent", referral.id()).toString());
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", "Privacy Consent")));
        consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
        consent.setPatient(new Reference("Patient/" + referral.patientId()));
        consent.setDateTimeElement(new DateTimeType(referral.consent().givenOn().toString()));
        consent.addPolicy().setUri("https://www.hhs.gov/hipaa");
        Consent.ProvisionComponent provision = consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        provision.addActor().setRole(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
                .setReference(new Reference(organizationUrl).setDisplay(referral.consent().withWhom()));
        provision.addData().setMeaning(Consent.ConsentDataMeaning.RELATED)
                .setReference(new Reference("urn:uuid:" + referral.id()).setDisplay(referral.consent().what()));
        return consent;
    }

    /** The SDOH domain of the referral, from its screened need, else from the category chosen by hand. */
    static CodeableConcept domain(ReferralView referral) {
        String[] code = referral.needDomain() != null ? byNeed(referral.needDomain()) : byCategory(referral.category());
        return new CodeableConcept(new Coding(SDOHCC, code[0], code[1])).setText(referral.category().label());
    }

    private static String[] byNeed(String domain) {
        return switch (domain) {
            case "food-insecurity" -> new String[] {"food-insecurity", "Food Insecurity"};
            case "housing-instability" -> new String[] {"housing-instability", "Housing Instability"};
            case "housing-quality" -> new String[] {"inadequate-housing", "Inadequate Housing"};
            case "transportation" -> new String[] {"transportation-insecurity", "Transportation Insecurity"};
            case "utilities" -> new String[] {"utility-insecurity", "Utility Insecurity"};
            default -> ServiceCategory.forNeed(domain).map(ReferralTranslator::byCategory).orElse(UNSPECIFIED);
        };
    }

    private static String[] byCategory(ServiceCategory category) {
        return switch (category) {
            case HOUSING -> new String[] {"housing-instability", "Housing Instability"};
            case FOOD -> new String[] {"food-insecurity", "Food Insecurity"};
            case TRANSPORTATION -> new String[] {"transportation-insecurity", "Transportation Insecurity"};
            case UTILITIES -> new String[] {"utility-insecurity", "Utility Insecurity"};
            case FINANCIAL_HELP -> new String[] {"financial-insecurity", "Financial Insecurity"};
            case MENTAL_HEALTH -> new String[] {"stress", "Stress"};
            case INTERPERSONAL_SAFETY, CAREGIVER_SUPPORT -> UNSPECIFIED;
        };
    }

    private static UUID id(String type, UUID referral) {
        return UUID.nameUUIDFromBytes((type + "|" + referral).getBytes(StandardCharsets.UTF_8));
    }

    private static String url(String type, UUID referral) {
        return "urn:uuid:" + id(type, referral);
    }
}
