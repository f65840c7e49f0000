package vn.lopboiduong.base;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.lopboiduong.base.domain.SearchText;

/**
 * Schema version 9, in Java because both of its steps need code that SQL cannot express on H2 and MySQL alike:
 * <ol>
 * <li>{@code unit.tree_path}, the codes from the top of the tree down to each unit, so the unit pickers list
 * parents before their children (filled by walking the tree);</li>
 * <li>the classes' {@code search_key} rebuilt with their audience, which the class search now covers (folding
 * Vietnamese diacritics is {@link SearchText}'s job, not the database's).</li>
 * </ol>
 * Spring Boot hands every {@link JavaMigration} bean to Flyway, which runs it once, in version order with the
 * SQL scripts.
 */
@Component
class SearchAndTreeOrderMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "unit tree path and class search keys";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE unit ADD COLUMN tree_path VARCHAR(1000) NOT NULL DEFAULT ''");
        }
        fillTreePaths(connection);
        rebuildClassSearchKeys(connection);
    }

    static void fillTreePaths(Connection connection) throws SQLException {
        Map<Long, String> codes = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id, code, parent_id FROM unit")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                codes.put(id, rows.getString(2));
                long parent = rows.getLong(3);
                if (!rows.wasNull()) {
                    parents.put(id, parent);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE unit SET tree_path = ? WHERE id = ?")) {
            for (long id : codes.keySet()) {
                StringBuilder path = new StringBuilder("/");
                // Walk up to the top; the tree has no cycles, and the depth bound guards a damaged one.
                Long current = id;
                for (int depth = 0; current != null && depth < codes.size(); depth++) {
                    path.insert(0, "/" + codes.get(current));
                    current = parents.get(current);
                }
                update.setString(1, path.toString());
                update.setLong(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static void rebuildClassSearchKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT id, code, name, cohort, venue, audience FROM training_class");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE training_class SET search_key = ? WHERE id = ?")) {
            while (rows.next()) {
                update.setString(1, SearchText.keyOf(rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
