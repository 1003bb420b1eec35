package org.careloop.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long API tokens live.
 *
 * @param defaultTtl the life of a token whose request names none
 * @param maxTtl the longest life a token may ask for
 */
@ConfigurationProperties("careloop.tokens")
public record TokenSettings(@DefaultValue("90d") Duration defaultTtl, @DefaultValue("365d") Duration maxTtl) {
}
