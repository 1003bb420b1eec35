package org.careloop.timetracking.web;

import java.net.URI;

import org.careloop.timetracking.NotClinicalStaff;
import org.careloop.timetracking.OverlappingTime;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the refusals only time tracking has: non-clinical staff, and overlapping time. */
@RestControllerAdvice(basePackageClasses = TimeTrackingProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TimeTrackingProblems {

    @ExceptionHandler(NotClinicalStaff.class)
    ProblemDetail notClinical(NotClinicalStaff exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, exception.getMessage());
        problem.setTitle("Not clinical staff");
        problem.setType(URI.create("https://careloop.org/problems/not-clinical-staff"));
        return problem;
    }

    @ExceptionHandler(OverlappingTime.class)
    ProblemDetail overlapping(OverlappingTime exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exception.getMessage());
        problem.setTitle("Overlapping time");
        problem.setType(URI.create("https://careloop.org/problems/overlapping-time"));
        if (exception.overlappingEntryId() != null) {
            problem.setProperty("overlappingEntryId", exception.overlappingEntryId());
        }
        return problem;
    }
}
