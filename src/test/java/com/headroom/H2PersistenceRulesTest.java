package com.headroom;

/**
 * The data rules on the embedded H2 database (MariaDB mode), as `./mvnw spring-boot:run`
 * uses it.
 */
@HeadroomTest
class H2PersistenceRulesTest extends PersistenceRules {

}
