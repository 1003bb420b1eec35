package org.careloop.database;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the outage answers in before Spring Session (order MIN_VALUE + 50) and Spring Security. */
@Configuration
@ConditionalOnWebApplication
class OutageConfiguration {

    @Bean
    FilterRegistrationBean<OutageFilter> outageFilter(OutageResponse outage, DatabaseHealth database) {
        FilterRegistrationBean<OutageFilter> registration = new FilterRegistrationBean<>(new OutageFilter(outage, database));
        registration.setOrder(Integer.MIN_VALUE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
