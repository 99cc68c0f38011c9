package se.samrad.bench;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judged query set of the library benchmark ({@code src/test/resources/bench/library-judged*.json}): hand-written
 * examples to plant among the generated ones, and queries graded 0-3 against them. A query may name its kind
 * (base, compound, question, code, synonym, language, typo); the first set's queries have none and form one group.
 */
record JudgedSet(String name, List<Example> examples, List<Query> queries) {

    /** Optional fields are empty when the set leaves them out (the first set has no tags, results or place). */
    record Example(String key, String lang, String type, List<String> targets, String title, String summary,
                   String actions, String results, String tags, String municipality) {
    }

    record Query(String text, String kind, Map<String, Integer> grades) {
    }

    static final String NO_KIND = "all";

    static JudgedSet load(String name, String resource) throws Exception {
        JsonNode root;
        try (InputStream in = JudgedSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no judged set at " + resource);
            }
            root = JsonMapper.createDefault().readValue(in.readAllBytes(), JsonNode.class);
        }
        List<Example> examples = new ArrayList<>();
        for (JsonNode doc : root.get("documents").values()) {
            List<String> targets = new ArrayList<>();
            for (JsonNode code : doc.get("targets").values()) {
                targets.add(code.getStringValue());
            }
            examples.add(new Example(text(doc, "key"), text(doc, "lang"), text(doc, "type"), targets,
                    text(doc, "title"), text(doc, "summary"), text(doc, "actions"), text(doc, "results"),
                    text(doc, "tags"), text(doc, "municipality")));
        }
        List<Query> queries = new ArrayList<>();
        for (JsonNode query : root.get("queries").values()) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : query.get("relevant").entries()) {
                grades.put(entry.getKey(), entry.getValue().getIntValue());
            }
            String kind = text(query, "kind");
            queries.add(new Query(text(query, "q"), kind.isEmpty() ? NO_KIND : kind, grades));
        }
        return new JudgedSet(name, examples, queries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.getStringValue();
    }
}
