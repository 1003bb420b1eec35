package org.careloop.fhir.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.patient.ImportedClinicalRecords.ImportedCareTeam;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;

/** An EHR's CareTeam to the care team CareLoop keeps; its members (with their directory entries) become JSON. */
public final class CareTeamTranslator {

    private static final java.util.Set<String> DIRECTORY = java.util.Set.of("Practitioner", "PractitionerRole",
            "Organization", "Location");

    private CareTeamTranslator() {
    }

    public static ImportedCareTeam fromFhir(String sourceKey, CareTeam t, BundleLinks links) {
        List<Map<String, Object>> participants = new ArrayList<>();
        for (CareTeam.CareTeamParticipantComponent p : t.getParticipant()) {
            Map<String, Object> member = new LinkedHashMap<>();
            Coding role = FhirValues.first(p.getRole());
            member.put("role", role.getDisplay());
            member.put("roleCode", role.getCode());
            member.put("name", p.getMember().getDisplay());
            String type = links.typeOf(p.getMember());
            if (type != null) {
                member.put("type", type);
                if (DIRECTORY.contains(type)) {
                    member.put("directoryId", String.valueOf(links.directoryId(p.getMember(), type)));
                }
            }
            participants.add(member);
        }
        Coding reason = FhirValues.first(t.getReasonCode());
        return new ImportedCareTeam(sourceKey, FhirValues.code(t.getStatusElement()), t.getName(),
                FhirValues.instant(t.getPeriod().getStartElement()), FhirValues.instant(t.getPeriod().getEndElement()),
                reason.getCode(), reason.getDisplay(),
                t.hasManagingOrganization() ? links.directoryId(t.getManagingOrganizationFirstRep(), "Organization") : null,
                links.sourceKey(t.getEncounter(), "Encounter"), FhirValues.json(participants));
    }
}
