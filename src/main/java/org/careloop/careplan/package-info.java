/**
 * Care plan: one living plan per patient and program, templates, versions and comparison, provider sign-off, the patient's copy.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessment", "audit", "identity", "patient", "program"})
package org.careloop.careplan;
