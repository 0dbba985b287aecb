package io.govreport.store.store;

import io.govreport.model.Region;
import io.govreport.model.RegionNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The regions stored reports are about, as a tree: province, city, district (a municipality's districts sit right
 * under it). A node that no report is about still appears as the parent of one that is.
 */
@ApplicationScoped
public class RegionTree {
    private final StoredReports reports;
    private final FlipEpoch flips;
    /** One answer, the whole tree, kept until the next flip: it costs a scan of every report document. */
    private final KeptAnswers<Boolean, List<RegionNode>> kept = new KeptAnswers<>(1, tree -> 1);

    public RegionTree(StoredReports reports, FlipEpoch flips) {
        this.reports = reports;
        this.flips = flips;
    }

    /** A node while the tree is built; children keyed by name, kept in name order. */
    private static final class Node {
        final String name;
        String code;
        String level;
        long reports;
        final Map<String, Node> children = new TreeMap<>();

        Node(String name, String code, String level) {
            this.name = name;
            this.code = code;
            this.level = level;
        }

        Node child(String name, String code, String level) {
            return children.computeIfAbsent(name, n -> new Node(n, code, level));
        }

        RegionNode toNode() {
            List<RegionNode> nodes = new ArrayList<>();
            children.values().forEach(c -> nodes.add(c.toNode()));
            return new RegionNode(name, code, level, reports, nodes);
        }
    }

    /** Synchronized: requests that arrive while one scans wait for its answer rather than scan the store beside it. */
    public synchronized List<RegionNode> tree() {
        return kept.answer(true, flips.current(), this::read);
    }

    private List<RegionNode> read() {
        Node root = new Node(null, null, null);
        for (StoredReports.Stored report : reports.all()) {
            Region region = report.region();
            if (region == null || region.name() == null) {
                continue;
            }
            String code = region.code();
            Node node = root;
            if (region.province() != null && !region.province().equals(region.name())) {
                node = node.child(region.province(), prefixCode(code, 2), "province");
            }
            if (region.city() != null && !region.city().equals(region.name())) {
                node = node.child(region.city(), prefixCode(code, 4), "city");
            }
            Node own = node.child(region.name(), code, report.level());
            own.code = code;
            own.level = report.level();
            own.reports++;
        }
        return List.copyOf(root.toNode().children());
    }

    /** The code of the province (2 digits) or city (4) that a GB/T 2260 code lies in. */
    private static String prefixCode(String code, int digits) {
        return code == null || code.length() != 6 ? null : code.substring(0, digits) + "0".repeat(6 - digits);
    }
}
