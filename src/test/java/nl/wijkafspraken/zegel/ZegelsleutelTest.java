package nl.wijkafspraken.zegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the seal's key comes from: the configured keystore, the generated test certificate, or a refusal. */
class ZegelsleutelTest {

    @TempDir
    Path map;

    @Test
    void testcertificaatWordtEenmaalGemaaktEnAlleenDeEigenaarKanHetLezen() throws Exception {
        var eigenschappen = new ZegelEigenschappen(null, null, null, map.toString(), true, null, null, null, null);

        var eerste = Zegelsleutels.laad(eigenschappen);
        var tweede = Zegelsleutels.laad(eigenschappen);

        assertThat(tweede.certificaat()).isEqualTo(eerste.certificaat());
        assertThat(eerste.certificaat().getSubjectX500Principal().getName())
                .contains("CN=Wijkafspraken zegel (test)");
        assertThat(eerste.sleutel().getAlgorithm()).isEqualTo("RSA");
        assertThat(eerste.certificaat().getPublicKey().getEncoded().length).isGreaterThan(384);
        for (var bestand : new String[] {Zegelsleutels.KEYSTORE, Zegelsleutels.WACHTWOORDBESTAND}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(map.resolve(bestand))))
                    .as(bestand).isEqualTo("rw-------");
        }
        assertThat(Files.readString(map.resolve(Zegelsleutels.WACHTWOORDBESTAND)).strip()).hasSizeGreaterThan(40);
        assertThat(eerste.toString()).doesNotContain("modulus", "exponent");
    }

    @Test
    void zonderKeystoreEnZonderToestemmingStartDeAppNiet() {
        assertThatThrownBy(() -> Zegelsleutels.laad(new ZegelEigenschappen(null, null, null, map.toString(), false, null, null,
                null, null)))
                .isInstanceOf(ZegelNietIngesteldException.class)
                .hasMessageContaining("wijkafspraken.zegel.keystore")
                .hasMessageContaining("wijkafspraken.zegel.zelfondertekend-toestaan");
        assertThat(map.resolve(Zegelsleutels.KEYSTORE)).doesNotExist();
    }

    @Test
    void eenIngesteldeKeystoreWordtGebruiktOokZonderAliasAlsHijEenSleutelHeeft() throws Exception {
        Testcertificaat.maak(map);
        var keystore = map.resolve(Zegelsleutels.KEYSTORE).toString();
        var wachtwoord = Files.readString(map.resolve(Zegelsleutels.WACHTWOORDBESTAND)).strip();

        var metAlias = Zegelsleutels.laad(new ZegelEigenschappen(keystore, wachtwoord, "zegel", null, false,
                null, null, null, null));
        var zonderAlias = Zegelsleutels.laad(new ZegelEigenschappen(keystore, wachtwoord, null, null, false,
                null, null, null, null));

        assertThat(zonderAlias.certificaat()).isEqualTo(metAlias.certificaat());
        assertThat(metAlias.vertrouwd()).containsExactly(metAlias.certificaat());
    }

    @Test
    void eenVerkeerdWachtwoordOfAliasGeeftEenDuidelijkeFout() {
        Testcertificaat.maak(map);
        var keystore = map.resolve(Zegelsleutels.KEYSTORE).toString();

        assertThatThrownBy(() -> Zegelsleutels.laad(new ZegelEigenschappen(keystore, "fout", null, null, false,
                null, null, null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(keystore)
                .hasMessageContaining("wachtwoord");
        assertThatThrownBy(() -> Zegelsleutels.laad(new ZegelEigenschappen(keystore, null, null, null, false,
                null, null, null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("wijkafspraken.zegel.wachtwoord");
    }
}
