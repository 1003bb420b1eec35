package org.careloop.referral.web;

import java.net.URI;

import org.careloop.referral.ReferralNotSent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A referral that could not be e-mailed answers 503 with what to do instead (print it): the mail server, not the
 * request, is what is missing. Nothing was stored.
 */
@RestControllerAdvice(assignableTypes = ReferralApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferralProblems {

    @ExceptionHandler(ReferralNotSent.class)
    ProblemDetail notSent(ReferralNotSent exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
        problem.setTitle("Referral not sent");
        problem.setType(URI.create("https://careloop.org/problems/referral-not-sent"));
        return problem;
    }
}
