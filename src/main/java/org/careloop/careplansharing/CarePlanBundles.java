package org.careloop.careplansharing;

import org.careloop.careplan.CarePlanView;

/**
 * The care plan as a FHIR R4 Bundle (JSON): the CarePlan, its Goals and the Conditions it addresses. Made where
 * CareLoop speaks FHIR (the fhir module's translators implement it); this module never touches FHIR itself.
 */
public interface CarePlanBundles {

    String bundle(CarePlanView plan);
}
