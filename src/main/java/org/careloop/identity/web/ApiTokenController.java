package org.careloop.identity.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careloop.identity.Callers;
import org.careloop.identity.internal.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A person's own API tokens: issue one (shown once), list them, revoke one. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }

    private final ApiTokens tokens;
    private final Callers callers;

    ApiTokenController(ApiTokens tokens, Callers callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(@Valid @RequestBody TokenRequest request) {
        return tokens.issue(callers.current().userId(), request.name());
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
