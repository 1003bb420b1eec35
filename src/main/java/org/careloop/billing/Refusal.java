package org.careloop.billing;

/** Why a program is not billed this month, in words a biller understands. */
public record Refusal(Program program, String reason) {
}
