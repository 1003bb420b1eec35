/**
 * Program: the shared kernel of care-management words every module speaks — which Medicare program the work serves
 * ({@link org.careloop.program.CareProgram}) and whose time it is ({@link org.careloop.program.Performer}).
 * <p>
 * Why a kernel and not an owner module: nine modules name a program (enrollment, care plans, time tracking,
 * billing, the worklist, the chart, the call page, FHIR and the demo), and the care-plan and time modules have no
 * other reason to depend on enrollment, nor time tracking on billing. Putting the words in one of them would drag
 * that module's services along as a dependency and risk a cycle the day enrollment needs to know about care plans
 * or time. So the kernel holds value types only: no beans, no state, no rules beyond what a word means, and it
 * depends on no other module. Rules about programs stay with their owners (billing's codes, enrollment's
 * lifecycle, time tracking's who-may-log).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Program (shared kernel)", allowedDependencies = {})
package org.careloop.program;
