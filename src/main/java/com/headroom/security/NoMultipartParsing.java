package com.headroom.security;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Headroom parses no multipart bodies. Tomcat writes a multipart body to disk as soon as
 * anything asks for a request parameter (Spring Security's CSRF and request matchers do,
 * before any upload handler runs, and before sign-in), up to the multipart limits of the
 * servlet the address maps to: Spring Boot's 10 MB on the DispatcherServlet in front of
 * Vaadin, none at all on Vaadin's servlet, which Vaadin registers with an unlimited
 * multipart configuration. Headroom's uploads send the file as the request body and stop
 * reading at their limit ({@code base.ui.CsvUpload}), so
 * {@code spring.servlet.multipart.enabled=false} removes the first and this removes the
 * second: Tomcat then reads nothing of a multipart body, and Vaadin answers such an
 * upload with an error.
 */
@Configuration(proxyBeanMethods = false)
class NoMultipartParsing {

    @Bean
    static BeanPostProcessor noMultipartOnTheVaadinServlet() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.setMultipartConfig(null);
                }
                return bean;
            }
        };
    }

}
