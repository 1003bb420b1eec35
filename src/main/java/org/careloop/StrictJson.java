package org.careloop;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * JSON that means what it says: {@code "minutes": 1.5} is refused rather than stored as 1, and a date must be
 * written as a date ({@code "1948-03-02"}), not as a number Jackson would read as days since 1970.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> {
            builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
            for (Class<?> type : new Class<?>[] {LocalDate.class, OffsetDateTime.class, YearMonth.class}) {
                builder.withCoercionConfig(type, config -> {
                    config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                });
            }
        };
    }
}
