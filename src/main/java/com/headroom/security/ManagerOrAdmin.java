package com.headroom.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for services: Managers and administrators. Views use Vaadin's
 * {@code @RolesAllowed}; services use these, so that Spring never proxies a view (JSR-250
 * method security would).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public @interface ManagerOrAdmin {

}
