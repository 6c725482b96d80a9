package nl.wijkafspraken;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WijkafsprakenApplication.class);

    @Test
    void modulesHebbenGeenCyclischeOfVerbodenAfhankelijkheden() {
        modules.verify();
    }

    @Test
    void schrijftDeModuledocumentatie() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
