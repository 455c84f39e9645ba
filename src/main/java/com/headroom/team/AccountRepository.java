package com.headroom.team;

import com.headroom.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findByEmail(String email);

    List<Account> findByTeamIdOrderByDisplayNameAsc(long teamId);

    Optional<Account> findByInvitationTokenHash(String tokenHash);

    long countByRoleAndActiveTrue(Role role);

    /**
     * Locks the active accounts of a role, so that two admins cannot remove each other at
     * once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.role = :role and a.active = true")
    List<Account> lockActiveWithRole(Role role);

    long countByTierIdAndActiveTrue(long tierId);

    List<Account> findTop5ByTierIdAndActiveTrueOrderByDisplayNameAsc(long tierId);

    @Query("select a.teamId, count(a) from Account a where a.active = true and a.teamId in :teamIds group by a.teamId")
    List<Object[]> countActiveByTeam(Collection<Long> teamIds);

    @Query("select t, a.displayName from Account a join a.managedTeamIds t where a.active = true and t in :teamIds"
            + " order by a.displayName")
    List<Object[]> managerNamesByTeam(Collection<Long> teamIds);

    @Query("select a.id from Account a where a.active = true and a.tierId is not null and a.teamId is not null"
            + " order by a.id")
    List<Long> findSeatedIds();

}
