package se.samrad.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who searches in the peers: the benchmark's demo admin, who sees (as in Samråd's index) the public examples, those
 * of the own organisation, and those shared in a network the organisation belongs to. The peers' tables hold only
 * published examples, so this is the whole visibility filter.
 */
record PeerReader(long organisationId, List<Long> networks) {

    static PeerReader of(Connection mariadb, long organisationId) throws Exception {
        List<Long> networks = new ArrayList<>();
        try (PreparedStatement s = mariadb.prepareStatement(
                "SELECT network_id FROM network_member WHERE organisation_id = ?")) {
            s.setLong(1, organisationId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    networks.add(rs.getLong(1));
                }
            }
        }
        return new PeerReader(organisationId, networks);
    }

    /** The filter as SQL (numbers from the database only, so written in rather than bound). */
    String sql() {
        String inNetwork = networks.isEmpty() ? "" : " OR (visibility = 'NETWORK' AND network_id IN ("
                + networks.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))";
        return "(visibility = 'PUBLIC' OR organisation_id = " + organisationId + inNetwork + ")";
    }
}
