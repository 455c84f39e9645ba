package com.headroom.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Spring's own retry for {@link RetriedOnConflict}: its advice runs before the
 * transaction's, so a retried method starts a transaction of its own.
 */
@Configuration
@EnableResilientMethods
class ResilienceConfig {

}
