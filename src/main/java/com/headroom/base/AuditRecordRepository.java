package com.headroom.base;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    Page<AuditRecord> findBySubjectType(String subjectType, Pageable pageable);

    long countBySubjectType(String subjectType);

    List<AuditRecord> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);
}
