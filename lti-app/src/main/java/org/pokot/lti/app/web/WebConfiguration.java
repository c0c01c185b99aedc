package org.pokot.lti.app.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.TemplateEngine;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocaleResolver();
    }

    /** Boot's template engine with links that also work in the renders outside a request. */
    @Bean
    static BeanPostProcessor requestFreeLinks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof TemplateEngine engine) {
                    engine.setLinkBuilder(new RequestFreeLinkBuilder());
                }
                return bean;
            }
        };
    }
}
