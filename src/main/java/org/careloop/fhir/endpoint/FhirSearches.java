package org.careloop.fhir.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.careloop.NotFound;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.translate.AllergyTranslator;
import org.careloop.fhir.translate.ConditionTranslator;
import org.careloop.fhir.translate.EncounterTranslator;
import org.careloop.fhir.translate.FhirValues;
import org.careloop.fhir.translate.ImmunizationTranslator;
import org.careloop.fhir.translate.MedicationTranslator;
import org.careloop.fhir.translate.ObservationTranslator;
import org.careloop.fhir.translate.PatientTranslator;
import org.careloop.fhir.translate.ProcedureTranslator;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientChart;
import org.careloop.patient.PatientPage;
import org.careloop.patient.PatientRegistry;
import org.careloop.patient.PatientSearch;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

/**
 * The FHIR searches and {@code $everything}, each paged: a first page is read when the search comes in, later
 * pages when their next link is followed ({@link StatelessPaging}), by running the search again from its
 * {@link SearchKey}. Every read goes through the patient module, scoped to the caller's practices and audited;
 * a search about a patient the caller may not see is a 404.
 */
@Component
class FhirSearches {

    private final PatientRegistry registry;
    private final ClinicalRecord clinicalRecord;
    private final FhirPagingSettings settings;

    FhirSearches(PatientRegistry registry, ClinicalRecord clinicalRecord, FhirPagingSettings settings) {
        this.registry = registry;
        this.clinicalRecord = clinicalRecord;
        this.settings = settings;
    }

    IBundleProvider run(SearchKey key, RequestDetails request) {
        return switch (key.kind()) {
            case "patients" -> patients(key.argument(0), request);
            case "patient-identifier" -> patientsByIdentifier(key.argument(0), key.argument(1), request);
            case "conditions" -> conditions(FhirValues.patientId(key.argument(0)), request);
            case "observations" -> observations(FhirValues.patientId(key.argument(0)), key.argument(1),
                    key.argument(2), request);
            case "everything" -> everything(FhirValues.patientId(key.argument(0)), request);
            default -> null;
        };
    }

    /** The caller's practices' patients in name order, all of them or those whose name matches. */
    SearchResults patients(String name, RequestDetails request) {
        PatientSearch search = new PatientSearch(name, null, null);
        return first(new SearchResults(SearchKey.of("patients", name), window(request), (offset, count) -> {
            int size = Math.max(count, 1);
            boolean aligned = offset % size == 0;
            PatientPage page = registry.search(search, aligned ? offset / size : 0, aligned ? size : offset + size,
                    AuditChannel.FHIR);
            List<org.careloop.patient.PatientRecord> found = aligned ? page.patients()
                    : page.patients().subList(Math.min(offset, page.patients().size()), page.patients().size());
            return new SearchResults.Page(found.stream().map(PatientTranslator::toFhir).toList(),
                    (int) page.total());
        }));
    }

    SearchResults patientsByIdentifier(String system, String value, RequestDetails request) {
        return first(new SearchResults(SearchKey.of("patient-identifier", system, value), window(request),
                (offset, count) -> SearchResults.slice(registry.findByIdentifier(system, value, AuditChannel.FHIR),
                        offset, count, PatientTranslator::toFhir)));
    }

    SearchResults conditions(UUID patient, RequestDetails request) {
        return first(new SearchResults(SearchKey.of("conditions", patient.toString()), window(request),
                (offset, count) -> SearchResults.slice(visible(patient, () -> clinicalRecord.problems(patient, AuditChannel.FHIR)),
                        offset, count, problem -> ConditionTranslator.toFhir(patient, problem))));
    }

    /** Newest first, optionally of one code ({@code system} may be null to match the code in any system). */
    SearchResults observations(UUID patient, String system, String code, RequestDetails request) {
        return first(new SearchResults(SearchKey.of("observations", patient.toString(), system, code), window(request),
                (offset, count) -> SearchResults.slice(visible(patient,
                        () -> clinicalRecord.observations(patient, code, AuditChannel.FHIR).stream()
                                .filter(observation -> system == null || system.equals(observation.codeSystem()))
                                .toList()),
                        offset, count, observation -> ObservationTranslator.toFhir(patient, observation))));
    }

    /** The patient and their whole record, translated a page at a time. */
    SearchResults everything(UUID patient, RequestDetails request) {
        return first(new SearchResults(SearchKey.of("everything", patient.toString()), window(request),
                (offset, count) -> SearchResults.slice(record(visible(patient,
                        () -> clinicalRecord.chart(patient, AuditChannel.FHIR))), offset, count, Supplier::get)));
    }

    private static List<Supplier<IBaseResource>> record(PatientChart chart) {
        UUID id = chart.patient().id();
        List<Supplier<IBaseResource>> resources = new ArrayList<>();
        resources.add(() -> PatientTranslator.toFhir(chart.patient()));
        chart.problems().forEach(problem -> resources.add(() -> ConditionTranslator.toFhir(id, problem)));
        chart.allergies().forEach(allergy -> resources.add(() -> AllergyTranslator.toFhir(id, allergy)));
        chart.medications().forEach(medication -> resources.add(() -> MedicationTranslator.toFhir(id, medication)));
        chart.immunizations().forEach(shot -> resources.add(() -> ImmunizationTranslator.toFhir(id, shot)));
        chart.procedures().forEach(procedure -> resources.add(() -> ProcedureTranslator.toFhir(id, procedure)));
        chart.encounters().forEach(encounter -> resources.add(() -> EncounterTranslator.toFhir(id, encounter)));
        chart.observations().forEach(observation -> resources.add(() -> ObservationTranslator.toFhir(id, observation)));
        return resources;
    }

    private PageWindow window(RequestDetails request) {
        return PageWindow.of(request, settings);
    }

    /** Reads the first page now, so that a patient the caller may not see is refused by the search itself. */
    private static SearchResults first(SearchResults results) {
        results.size();
        return results;
    }

    private static <T> T visible(UUID patient, Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFound notFound) {
            throw new ResourceNotFoundException("Patient/" + patient);
        }
    }
}
