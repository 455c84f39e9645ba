package com.headroom.team;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamPolicyRepository extends JpaRepository<TeamPolicy, Long> {

}
