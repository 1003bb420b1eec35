package org.careloop.identity.internal;

import java.util.Map;

import org.careloop.identity.Role;
import org.careloop.identity.SignInAttempted.Method;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two doors into CareLoop. The JSON API and the FHIR endpoint take a personal API token (preferred) or HTTP Basic
 * on every request and keep no session. The web application signs people in with a form, keeps the session in
 * the database (so any instance can serve the next request) and protects every form against CSRF. Both doors
 * throttle wrong passwords per address and user name instead of locking accounts, and send headers that keep
 * pages from running any script CareLoop did not serve as a file.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts and styles only from CareLoop's own files: no inline script, no eval, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${careloop.security.bcrypt-strength:12}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    @Bean
    AuthenticationManager authenticationManager(StaffPasswords passwords) {
        return new ProviderManager(passwords);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication // the command-line tools run without a web server, hence without HttpSecurity
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager passwords, ApiTokens tokens, StaffAccounts accounts,
                            SignInJournal journal, SignInThrottle throttle, VerifiedCredentials credentials,
                            AccountChanges accountChanges) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("CareLoop");
        http.securityMatcher("/api/**", "/fhir/**")
                .authenticationManager(passwords)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic)
                        .authenticationDetailsSource(request -> SignInDetails.of(Method.HTTP_BASIC, request)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(basic))
                .headers(SecurityConfiguration::hardened)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, accounts, journal), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(Method.HTTP_BASIC, throttle, credentials), BasicAuthenticationFilter.class)
                .addFilterBefore(PasswordChangeFilter.forApi(accountChanges), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                        .requestMatchers("/api/audit/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/patients/*").authenticated()
                        .requestMatchers(ClinicalAccess.BILLING_DOCUMENTATION_API).authenticated()
                        .requestMatchers(ClinicalAccess.API).hasAnyRole(ClinicalAccess.ROLES)
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager passwords, SignInThrottle throttle,
                            VerifiedCredentials credentials, SignInJournal journal,
                            AccountChanges accountChanges) throws Exception {
        http.authenticationManager(passwords)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
                                "/favicon.ico", "/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(ClinicalAccess.PAGES).hasAnyRole(ClinicalAccess.ROLES)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(request -> SignInDetails.of(Method.FORM, request))
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + throttle.waitFor(request.getRemoteAddr(), String.valueOf(request.getParameter("username")).trim())
                                .map(wait -> "/login?wait=" + Math.max(1, wait.toSeconds())).orElse("/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut")
                        .addLogoutHandler((request, response, signedIn) -> {
                            if (signedIn != null) {
                                journal.signedOut(signedIn.getName(), request.getRemoteAddr());
                            }
                        }))
                .headers(SecurityConfiguration::hardened)
                .addFilterBefore(new SignInThrottleFilter(Method.FORM, throttle, credentials), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(PasswordChangeFilter.forPages(accountChanges), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "true".equals(request.getHeader("HX-Request"))));
        return http.build();
    }

    private static void hardened(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
