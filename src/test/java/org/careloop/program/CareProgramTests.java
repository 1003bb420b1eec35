package org.careloop.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CareProgramTests {

    @Test
    void everyProgramButTcmIsLoggedInMinutes() {
        assertThat(CareProgram.loggedInMinutes()).containsExactly(CareProgram.CCM, CareProgram.PCM, CareProgram.RPM,
                CareProgram.BHI, CareProgram.APCM);
        assertThat(CareProgram.TCM.isLoggedInMinutes()).isFalse();
        assertThat(CareProgram.loggedInMinutes()).allMatch(CareProgram::isLoggedInMinutes);
    }
}
