package org.careloop.identity.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careloop.identity.Callers;
import org.careloop.identity.internal.ApiTokens;
import org.careloop.identity.internal.TokenScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own API tokens: issue one (shown once), list them, revoke one. Only a person who proved who they are
 * with their password (HTTP Basic or a signed-in session) may issue a token; a token may not mint another.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    /** {@code scope} defaults to FULL, {@code validForDays} to {@code careloop.tokens.default-ttl}. */
    record TokenRequest(@NotBlank @Size(max = 100) String name, TokenScope scope, Integer validForDays) {
    }

    private final ApiTokens tokens;
    private final Callers callers;

    ApiTokenController(ApiTokens tokens, Callers callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    @PostMapping
    ResponseEntity<?> issue(@Valid @RequestBody TokenRequest request) {
        if (ApiTokens.currentRequestUsesToken()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "An API token cannot issue tokens: sign in with your password to issue one");
            problem.setTitle("Forbidden");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.issue(callers.current().userId(), request.name(), request.scope(), request.validForDays()));
    }

    @GetMapping
    List<ApiTokens.TokenInfo> mine() {
        return tokens.of(callers.current().userId());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        return tokens.revoke(callers.current().userId(), id)
                ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
