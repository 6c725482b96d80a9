package nl.wijkafspraken.reservekopie;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC for the few statements of a backup: no Spring here, the command runs without a context. */
final class Sql {

    private Sql() {
    }

    static String waarde(Connection verbinding, String sql) throws SQLException {
        return rij(verbinding, sql).get(0);
    }

    static List<String> rij(Connection verbinding, String sql) throws SQLException {
        try (var opdracht = verbinding.createStatement(); var resultaat = opdracht.executeQuery(sql)) {
            if (!resultaat.next()) {
                throw new SQLException("Geen antwoord op " + sql);
            }
            var rij = new ArrayList<String>();
            for (int i = 1; i <= resultaat.getMetaData().getColumnCount(); i++) {
                rij.add(resultaat.getString(i));
            }
            return rij;
        }
    }

    static void voerUit(Connection verbinding, String sql) throws SQLException {
        try (var opdracht = verbinding.createStatement()) {
            opdracht.execute(sql);
        }
    }
}
