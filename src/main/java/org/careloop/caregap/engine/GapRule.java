package org.careloop.caregap.engine;

/** One named kind of rule ({@code ANY_OF}, {@code ALL_OF}, ...) with the parameters the measure gives it. */
interface GapRule {

    Verdict judge(Evaluation evaluation);
}
