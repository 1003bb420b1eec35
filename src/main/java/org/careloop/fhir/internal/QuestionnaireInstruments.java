package org.careloop.fhir.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.careloop.assessment.Instrument;
import org.careloop.assessment.Instruments;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The instruments CareLoop ships, kept as FHIR Questionnaire resources under {@code questionnaires/} and
 * translated here into the assessment module's {@link Instrument}. An answer's score is its Coding's
 * {@code ordinalValue} extension.
 */
@Component
class QuestionnaireInstruments implements Instruments {

    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private final List<Instrument> instruments;

    QuestionnaireInstruments(FhirContext fhir) {
        this.instruments = load(fhir);
    }

    @Override
    public List<Instrument> all() {
        return instruments;
    }

    static List<Instrument> load(FhirContext fhir) {
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        List<Instrument> loaded = new ArrayList<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:questionnaires/*.json")) {
                try (InputStream in = file.getInputStream()) {
                    loaded.add(translate(parser.parseResource(Questionnaire.class, in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped questionnaires cannot be read", e);
        }
        loaded.sort(Comparator.comparing(Instrument::code));
        return List.copyOf(loaded);
    }

    static Instrument translate(Questionnaire questionnaire) {
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
