/**
 * Appointments: the visits a care manager arranges or learns of (primary care, specialist, lab, imaging, the
 * face-to-face visit after a discharge), when and where and with whom, how the patient gets there, and whether it
 * was kept, missed or cancelled. A missed appointment opens one follow-up task; upcoming ones show on the worklist,
 * the chart and the call page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "identity", "patient", "referral", "task"})
package org.careloop.appointment;
