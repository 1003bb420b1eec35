/**
 * Identity: practices, staff, roles, sign-in, API tokens and sessions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.careloop.identity;
