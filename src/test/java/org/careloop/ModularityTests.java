package org.careloop;

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
        noClasses().that().resideOutsideOfPackage("org.careloop.fhir..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hl7.fhir..", "ca.uhn..")
                .because("the domain is relational; FHIR is translated at the edge by the fhir module")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.careloop"));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
