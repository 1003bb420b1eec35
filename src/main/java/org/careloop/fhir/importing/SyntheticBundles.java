package org.careloop.fhir.importing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.Random;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.*;

/**
 * Synthea-like patient bundles made up on the fly for load tests: adults with two to five chronic conditions,
 * a visit every few months over three years with vitals and labs, prescriptions, flu shots, and a claim per visit
 * (which the import skips, as it does Synthea's). The same seed gives the same patients; bundles are made one at
 * a time as the iterator advances, so any number of them fits in memory.
 */
public final class SyntheticBundles implements Iterator<BulkLoad.Source> {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String LOINC = "http://loinc.org";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String[][] CONDITIONS = {
            {"38341003", "Essential hypertension (disorder)", "314076", "lisinopril 10 MG Oral Tablet"},
            {"44054006", "Diabetes mellitus type 2 (disorder)", "860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet"},
            {"55822004", "Hyperlipidemia (disorder)", "314231", "Simvastatin 10 MG Oral Tablet"},
            {"431855005", "Chronic kidney disease stage 1 (disorder)", "310798", "Hydrochlorothiazide 25 MG Oral Tablet"},
            {"185086009", "Chronic obstructive bronchitis (disorder)", "896209", "60 ACTUAT budesonide 0.16 MG/ACTUAT Dry Powder Inhaler"},
            {"49436004", "Atrial fibrillation (disorder)", "855332", "Warfarin Sodium 5 MG Oral Tablet"},
            {"370143000", "Major depressive disorder (disorder)", "312938", "Sertraline 100 MG Oral Tablet"},
            {"84114007", "Heart failure (disorder)", "866414", "Metoprolol succinate 100 MG Extended Release Oral Tablet"}};
    private static final String[] FAMILY = {"Garcia", "Smith", "Nguyen", "Okafor", "Johnson", "Patel", "Kowalski", "Brown"};
    private static final String[] GIVEN = {"Maria", "James", "Linh", "Chidi", "Ruth", "Arjun", "Anna", "Walter"};

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final long seed;
    private final int count;
    private int made;

    public SyntheticBundles(long seed, int count) {
        this.seed = seed;
        this.count = count;
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public BulkLoad.Source next() {
        int number = made++;
        return new BulkLoad.Source("synthetic-" + number, () -> new ByteArrayInputStream(
                fhir.newJsonParser().encodeResourceToString(patientBundle(number)).getBytes(StandardCharsets.UTF_8)));
    }

    Bundle patientBundle(int number) {
        Random random = new Random(seed * 31 + number);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = new Patient();
        patient.addIdentifier().setSystem("urn:careloop:synthetic").setValue("S" + seed + "-" + number)
                .getType().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v2-0203").setCode("MR");
        patient.addName().setFamily(FAMILY[random.nextInt(FAMILY.length)] + number)
                .addGiven(GIVEN[random.nextInt(GIVEN.length)]);
        patient.setGender(random.nextBoolean() ? Enumerations.AdministrativeGender.FEMALE : Enumerations.AdministrativeGender.MALE);
        patient.setBirthDate(date(TODAY.minusYears(40 + random.nextInt(50)).minusDays(random.nextInt(365))));
        Reference subject = add(bundle, patient, random);
        int chronic = 2 + random.nextInt(4);
        int first = random.nextInt(CONDITIONS.length);
        LocalDate visit = TODAY.minusYears(3).plusDays(random.nextInt(60));
        Reference firstEncounter = null;
        while (visit.isBefore(TODAY)) {
            Encounter encounter = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
                    .setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", null))
                    .setSubject(subject).setPeriod(new Period().setStart(date(visit)).setEnd(date(visit)));
            encounter.addType(concept(SNOMED, "185349003", "Encounter for check up (procedure)"));
            Reference visitRef = add(bundle, encounter, random);
            firstEncounter = firstEncounter == null ? visitRef : firstEncounter;
            vitalsAndLabs(bundle, random, subject, visitRef, visit);
            Claim claim = new Claim().setStatus(Claim.ClaimStatus.ACTIVE).setPatient(subject)
                    .setUse(Claim.Use.CLAIM).setCreated(date(visit));
            add(bundle, claim, random);
            if (visit.getMonthValue() >= 9 && visit.getMonthValue() <= 11) {
                Immunization flu = new Immunization().setStatus(Immunization.ImmunizationStatus.COMPLETED)
                        .setVaccineCode(concept("http://hl7.org/fhir/sid/cvx", "140", "Influenza, seasonal, injectable"))
                        .setPatient(subject).setEncounter(visitRef).setOccurrence(new DateTimeType(date(visit)));
                add(bundle, flu, random);
            }
            visit = visit.plusDays(60 + random.nextInt(90));
        }
        for (int i = 0; i < chronic; i++) {
            String[] row = CONDITIONS[(first + i) % CONDITIONS.length];
            Condition condition = new Condition().setSubject(subject).setEncounter(firstEncounter)
                    .setCode(concept(SNOMED, row[0], row[1]))
                    .setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null))
                    .setOnset(new DateTimeType(date(TODAY.minusYears(3 + random.nextInt(10)))));
            Reference problem = add(bundle, condition, random);
            MedicationRequest prescription = new MedicationRequest()
                    .setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
                    .setIntent(MedicationRequest.MedicationRequestIntent.ORDER).setSubject(subject)
                    .setEncounter(firstEncounter).setMedication(concept(RXNORM, row[2], row[3]))
                    .setAuthoredOn(date(TODAY.minusYears(3)));
            prescription.addReasonReference(problem);
            prescription.addDosageInstruction().setText("1 tablet daily");
            add(bundle, prescription, random);
        }
        return bundle;
    }

    private void vitalsAndLabs(Bundle bundle, Random random, Reference subject, Reference visit, LocalDate day) {
        Observation pressure = observation(subject, visit, day, "vital-signs", "85354-9", "Blood pressure panel with all children optional");
        pressure.addComponent().setCode(concept(LOINC, "8480-6", "Systolic blood pressure"))
                .setValue(quantity(110 + random.nextInt(60), "mm[Hg]"));
        pressure.addComponent().setCode(concept(LOINC, "8462-4", "Diastolic blood pressure"))
                .setValue(quantity(65 + random.nextInt(35), "mm[Hg]"));
        add(bundle, pressure, random);
        add(bundle, observation(subject, visit, day, "vital-signs", "29463-7", "Body weight")
                .setValue(quantity(55 + random.nextInt(60), "kg")), random);
        add(bundle, observation(subject, visit, day, "vital-signs", "39156-5", "Body mass index (BMI) [Ratio]")
                .setValue(quantity(22 + random.nextInt(18), "kg/m2")), random);
        add(bundle, observation(subject, visit, day, "vital-signs", "8867-4", "Heart rate")
                .setValue(quantity(55 + random.nextInt(50), "/min")), random);
        add(bundle, observation(subject, visit, day, "laboratory", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")
                .setValue(new Quantity().setValue(BigDecimal.valueOf(50 + random.nextInt(50), 1)).setUnit("%")), random);
        add(bundle, observation(subject, visit, day, "laboratory", "33914-3", "Glomerular filtration rate/1.73 sq M.predicted")
                .setValue(quantity(30 + random.nextInt(70), "mL/min/{1.73_m2}")), random);
        add(bundle, observation(subject, visit, day, "laboratory", "18262-6", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay")
                .setValue(quantity(70 + random.nextInt(120), "mg/dL")), random);
    }

    private static Observation observation(Reference subject, Reference visit, LocalDate day, String category,
                                           String code, String display) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setCode(concept(LOINC, code, display)).setSubject(subject).setEncounter(visit)
                .setEffective(new DateTimeType(date(day)));
        observation.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", category, null));
        return observation;
    }

    private static Quantity quantity(int value, String unit) {
        return new Quantity().setValue(BigDecimal.valueOf(value).setScale(0, RoundingMode.UNNECESSARY)).setUnit(unit)
                .setSystem("http://unitsofmeasure.org").setCode(unit);
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atTime(9, 30).toInstant(ZoneOffset.UTC));
    }

    private static Reference add(Bundle bundle, Resource resource, Random random) {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        resource.setId(id);
        bundle.addEntry().setFullUrl("urn:uuid:" + id).setResource(resource).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
        return new Reference("urn:uuid:" + id);
    }
}
