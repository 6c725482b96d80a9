package nl.wijkafspraken.audit;

import java.util.function.Supplier;
import nl.wijkafspraken.support.Eigenaar;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.stereotype.Component;

/**
 * Plays the attacker the chains are for: the owner (the superuser of the embedded server) who switches the
 * append-only triggers off and changes or removes evidence. Every attack is undone afterwards, on the same
 * connection, so the chains are intact again for the other tests sharing this database.
 */
@Component
class Vervalser {

    private final Eigenaar eigenaar;

    Vervalser(Eigenaar eigenaar) {
        this.eigenaar = eigenaar;
    }

    /** Changes one column of a row with its triggers disabled, runs the check, and puts the old row back. */
    <T> T wijzig(String tabel, long id, String kolom, String waarde, Supplier<T> controle) {
        return eigenaar.jdbc().execute((ConnectionCallback<T>) verbinding -> {
            try (var opdracht = verbinding.createStatement()) {
                opdracht.execute("create temp table kopie as select * from " + tabel + " where id = " + id);
                opdracht.execute("alter table " + tabel + " disable trigger user");
                try (var wijzig = verbinding.prepareStatement("update " + tabel + " set " + kolom + " = ? where id = ?")) {
                    wijzig.setString(1, waarde);
                    wijzig.setLong(2, id);
                    if (wijzig.executeUpdate() != 1) {
                        throw new IllegalStateException("geen regel " + id + " in " + tabel);
                    }
                } finally {
                    opdracht.execute("alter table " + tabel + " enable trigger user");
                }
                try {
                    return controle.get();
                } finally {
                    opdracht.execute("set session_replication_role = replica");
                    opdracht.execute("delete from " + tabel + " where id = " + id);
                    opdracht.execute("insert into " + tabel + " select * from kopie");
                    opdracht.execute("drop table kopie");
                    opdracht.execute("set session_replication_role = origin");
                }
            }
        });
    }

    /** Removes a row with every trigger off, runs the check, and puts the row back as it was. */
    <T> T verwijder(String tabel, long id, Supplier<T> controle) {
        return eigenaar.jdbc().execute((ConnectionCallback<T>) verbinding -> {
            try (var opdracht = verbinding.createStatement()) {
                opdracht.execute("create temp table kopie as select * from " + tabel + " where id = " + id);
                opdracht.execute("set session_replication_role = replica");
                opdracht.execute("delete from " + tabel + " where id = " + id);
                try {
                    return controle.get();
                } finally {
                    opdracht.execute("insert into " + tabel + " select * from kopie");
                    opdracht.execute("drop table kopie");
                    opdracht.execute("set session_replication_role = origin");
                }
            }
        });
    }
}
