package nl.wijkafspraken.besluit;

import org.springframework.data.jpa.repository.JpaRepository;

interface BijlageInhoudRepository extends JpaRepository<BijlageInhoud, Long> {
}
