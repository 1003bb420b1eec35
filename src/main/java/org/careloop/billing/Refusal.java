package org.careloop.billing;

import org.careloop.program.CareProgram;


/** Why a program is not billed this month, in words a biller understands. */
public record Refusal(CareProgram program, String reason) {
}
