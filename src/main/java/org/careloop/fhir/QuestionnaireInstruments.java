package org.careloop.fhir;

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
import org.careloop.fhir.translate.QuestionnaireTranslator;
import org.hl7.fhir.r4.model.Questionnaire;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The instruments CareLoop ships, kept as FHIR Questionnaire resources under {@code questionnaires/} and
 * translated by {@link QuestionnaireTranslator} into the assessment module's {@link Instrument}.
 */
@Component
class QuestionnaireInstruments implements Instruments {

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
                    loaded.add(QuestionnaireTranslator.fromFhir(parser.parseResource(Questionnaire.class, in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped questionnaires cannot be read", e);
        }
        loaded.sort(Comparator.comparing(Instrument::code));
        return List.copyOf(loaded);
    }
}
