package nl.wijkafspraken.besluit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UitgevoerdEffectRepository extends JpaRepository<UitgevoerdEffect, Long> {

    boolean existsByBesluitpuntId(long besluitpuntId);

    List<UitgevoerdEffect> findByBesluitId(long besluitId);
}
