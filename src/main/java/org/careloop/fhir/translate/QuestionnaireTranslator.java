package org.careloop.fhir.translate;

import java.util.List;

import org.careloop.assessment.Instrument;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;

/** A FHIR Questionnaire to the assessment module's {@link Instrument}; an answer's score is its ordinalValue. */
public final class QuestionnaireTranslator {

    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private QuestionnaireTranslator() {
    }

    public static Instrument fromFhir(Questionnaire questionnaire) {
        List<Instrument.Question> questions = questionnaire.getItem().stream().map(item -> new Instrument.Question(
                item.getLinkId(),
                item.hasCode() ? item.getCodeFirstRep().getCode() : null,
                item.getText(),
                item.getRepeats(),
                item.getAnswerOption().stream().map(option -> choice(option.getValueCoding())).toList())).toList();
        return new Instrument(questionnaire.getIdElement().getIdPart(), questionnaire.getTitle(),
                questionnaire.hasCode() ? questionnaire.getCodeFirstRep().getCode() : null,
                questionnaire.getDescription(), questions);
    }

    private static Instrument.Choice choice(Coding coding) {
        Extension ordinal = coding.getExtensionByUrl(ORDINAL_VALUE);
        Integer score = ordinal == null ? null : ((DecimalType) ordinal.getValue()).getValue().intValueExact();
        return new Instrument.Choice(coding.getCode(), coding.getDisplay(), score);
    }
}
