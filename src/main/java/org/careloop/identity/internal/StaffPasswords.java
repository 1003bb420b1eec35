package org.careloop.identity.internal;

import java.util.Optional;

import org.careloop.identity.SignInAttempted;
import org.careloop.identity.StaffMember;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password, from the sign-in form or HTTP Basic, against the staff accounts. An unknown user
 * name costs the same hashing as a wrong password, so the answer's timing does not tell which user names exist.
 */
@Component
class StaffPasswords implements AuthenticationProvider {

    private final StaffAccounts accounts;
    private final VerifiedCredentials credentials;
    private final SignInJournal journal;
    private final PasswordEncoder encoder;
    private volatile String unknownUserHash;

    StaffPasswords(StaffAccounts accounts, VerifiedCredentials credentials, SignInJournal journal, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.journal = journal;
        this.encoder = encoder;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password = String.valueOf(attempt.getCredentials());
        SignInDetails details = attempt.getDetails() instanceof SignInDetails known
                ? known : new SignInDetails(SignInAttempted.Method.FORM, null, null, null);
        Optional<StaffMember> member = accounts.find(username);
        VerifiedCredentials.Verdict verdict = member.isPresent()
                ? credentials.check(username, password, member.get().passwordHash()) : wrongForUnknownUser(password);
        if (verdict == VerifiedCredentials.Verdict.WRONG) {
            journal.failed(details, username, "wrong user name or password");
            throw new BadCredentialsException("Wrong user name or password");
        }
        if (!member.get().isEnabled()) {
            journal.failed(details, username, "account disabled");
            throw new DisabledException("This account is disabled");
        }
        journal.succeeded(details, username, verdict == VerifiedCredentials.Verdict.CHECKED);
        UsernamePasswordAuthenticationToken authenticated =
                UsernamePasswordAuthenticationToken.authenticated(member.get(), null, member.get().getAuthorities());
        authenticated.setDetails(details);
        return authenticated;
    }

    private VerifiedCredentials.Verdict wrongForUnknownUser(String password) {
        if (unknownUserHash == null) {
            unknownUserHash = encoder.encode("no such user");
        }
        encoder.matches(password, unknownUserHash);
        return VerifiedCredentials.Verdict.WRONG;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
