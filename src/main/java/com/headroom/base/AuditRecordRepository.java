package com.headroom.base;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    Page<AuditRecord> findBySubjectType(String subjectType, Pageable pageable);

    long countBySubjectType(String subjectType);

    Page<AuditRecord> findByActor(String actor, Pageable pageable);

    long countByActor(String actor);

    Page<AuditRecord> findBySubjectTypeAndActor(String subjectType, String actor, Pageable pageable);

    long countBySubjectTypeAndActor(String subjectType, String actor);

    /**
     * The kinds the log holds, for the view's filter: read from the (subject_type, id)
     * index.
     */
    @Query("select distinct r.subjectType from AuditRecord r order by r.subjectType")
    List<String> subjectTypes();

    List<AuditRecord> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

}
