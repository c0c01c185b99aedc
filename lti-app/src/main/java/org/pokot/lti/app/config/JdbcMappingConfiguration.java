package org.pokot.lti.app.config;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Unquoted SQL identifiers, so that one schema and one mapping serve H2 (which folds to upper case) and PostgreSQL
 * (which folds to lower case).
 */
@Configuration(proxyBeanMethods = false)
class JdbcMappingConfiguration {

    @Bean
    static BeanPostProcessor unquotedIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof RelationalMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
