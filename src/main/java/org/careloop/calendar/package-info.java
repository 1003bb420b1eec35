/**
 * Calendar: the working days the rules count in — US federal holidays as federal offices observe them and business
 * days (Monday to Friday, except those holidays). Pure policies with no dependencies, shared by the modules that
 * count deadlines in business days: transitions of care (the 2-business-day contact) and community referrals (how
 * long an organization has to answer).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.careloop.calendar;
