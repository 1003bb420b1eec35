package org.careloop;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The modules keep to their public APIs, and FHIR stays at the edge. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CareLoopApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.careloop");

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        MODULES.forEach(module -> assertThat(module.getBasePackage().getAnnotation(ApplicationModule.class))
                .as("@ApplicationModule(allowedDependencies = ...) in %s's package-info.java", module.getIdentifier())
                .hasValueSatisfying(declared -> assertThat(declared.allowedDependencies())
                        .doesNotContain(ApplicationModule.OPEN_TOKEN)));
    }

    @Test
    void onlyTheFhirModuleSpeaksFhir() {
        noClasses().that().resideOutsideOfPackages("org.careloop.fhir..", "org.careloop.adt..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hl7.fhir..", "ca.uhn..")
                .because("the domain is relational; FHIR is translated at the edge by the fhir module")
                .check(CLASSES);
    }

    /**
     * The one exemption: hospitals announce admissions and discharges in HL7 v2 (ADT over MLLP), which HAPI FHIR
     * does not speak. The adt module is that edge, as fhir is for FHIR: it may use HAPI HL7v2 ({@code ca.uhn.hl7v2})
     * and nothing else of HAPI, so FHIR still enters only through the fhir module, and no other module sees HL7 v2.
     */
    @Test
    void theAdtModuleSpeaksOnlyHl7Version2() {
        noClasses().that().resideInAPackage("org.careloop.adt..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hl7.fhir..", "ca.uhn.fhir..")
                .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("ca.uhn..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("ca.uhn.hl7v2.."))))
                .because("HL7 v2 is translated at the edge by the adt module; FHIR stays the fhir module's")
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
