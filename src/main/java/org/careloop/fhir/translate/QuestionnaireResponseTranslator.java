package org.careloop.fhir.translate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.patient.ImportedClinicalRecords.ImportedQuestionnaireResponse;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/** An EHR's QuestionnaireResponse to the answers CareLoop keeps, nested items flattened into JSON. */
public final class QuestionnaireResponseTranslator {

    private QuestionnaireResponseTranslator() {
    }

    public static ImportedQuestionnaireResponse fromFhir(String sourceKey, QuestionnaireResponse q, BundleLinks links) {
        List<Map<String, Object>> items = new ArrayList<>();
        flatten(q.getItem(), items);
        return new ImportedQuestionnaireResponse(sourceKey, q.getQuestionnaire(),
                FhirValues.code(q.getStatusElement()), FhirValues.instant(q.getAuthoredElement()),
                links.sourceKey(q.getEncounter(), "Encounter"), FhirValues.json(items));
    }

    private static void flatten(List<QuestionnaireResponseItemComponent> items, List<Map<String, Object>> into) {
        for (QuestionnaireResponseItemComponent item : items) {
            if (item.hasAnswer()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("linkId", item.getLinkId());
                answer.put("text", item.getText());
                answer.put("answers", item.getAnswer().stream().map(a -> a.getValue() instanceof Coding c
                        ? (c.hasDisplay() ? c.getDisplay() : c.getCode()) : a.getValue().primitiveValue()).toList());
                into.add(answer);
            }
            flatten(item.getItem(), into);
            item.getAnswer().forEach(a -> flatten(a.getItem(), into));
        }
    }
}
