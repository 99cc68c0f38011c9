package se.samrad.bench;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second judged set holds what issue 26 asks of it, and every grade and target points at something that exists
 * (a misspelt key would silently count as unjudged, a misspelt code would stop the benchmark after generating).
 */
class JudgedSetTest {

    private static final Set<String> KINDS = Set.of("base", "compound", "question", "code", "synonym", "language",
            "typo");

    @Test
    void theSecondSetHasItsSizeAndEveryKind() throws Exception {
        JudgedSet set = JudgedSet.load("set2", "/bench/library-judged-2.json");
        assertTrue(set.examples().size() >= 300, "examples: " + set.examples().size());
        assertTrue(set.queries().size() >= 150, "queries: " + set.queries().size());
        Map<String, Long> perKind = set.queries().stream()
                .collect(Collectors.groupingBy(JudgedSet.Query::kind, Collectors.counting()));
        assertEquals(KINDS, perKind.keySet());
        perKind.forEach((kind, count) -> assertTrue(count >= 20, kind + ": " + count));
        Set<String> languages = set.examples().stream().map(JudgedSet.Example::lang).collect(Collectors.toSet());
        assertEquals(Set.of("sv", "en", "ar", "fa", "fi"), languages);
    }

    @Test
    void everyGradeNamesAnExampleOfItsSetAndEveryQueryHasOne() throws Exception {
        for (String resource : List.of("/bench/library-judged.json", "/bench/library-judged-2.json",
                "/bench/library-judged-3.json")) {
            JudgedSet set = JudgedSet.load("set", resource);
            Set<String> keys = set.examples().stream().map(JudgedSet.Example::key).collect(Collectors.toSet());
            assertEquals(set.examples().size(), keys.size(), resource + ": a key is used twice");
            Set<String> texts = new HashSet<>();
            for (JudgedSet.Query query : set.queries()) {
                assertTrue(texts.add(query.text()), resource + ": query twice: " + query.text());
                assertTrue(query.grades().values().stream().anyMatch(g -> g >= 2), "nothing relevant: " + query.text());
                query.grades().forEach((key, grade) -> {
                    assertTrue(keys.contains(key), resource + ": " + query.text() + " grades unknown " + key);
                    assertTrue(grade >= 1 && grade <= 3, query.text() + ": grade " + grade);
                });
            }
        }
    }

    @Test
    void everyTargetIsATargetOfItsFramework() throws Exception {
        JudgedSet set = JudgedSet.load("set2", "/bench/library-judged-2.json");
        for (JudgedSet.Example example : set.examples()) {
            for (String target : example.targets()) {
                String framework = target.contains(":") ? target.substring(0, target.indexOf(':')) : "agenda2030";
                String code = target.substring(target.indexOf(':') + 1);
                assertTrue(codes(framework).contains(code), example.key() + ": no target " + target);
            }
        }
    }

    /** The leaf codes of a built-in framework: Agenda 2030's targets, the other frameworks' goals. */
    private static Set<String> codes(String framework) throws Exception {
        JsonNode root;
        try (InputStream in = JudgedSetTest.class.getResourceAsStream("/goals/frameworks/" + framework + ".json")) {
            root = JsonMapper.createDefault().readValue(in.readAllBytes(), JsonNode.class);
        }
        Set<String> codes = new HashSet<>();
        for (JsonNode goal : root.get("goals").values()) {
            JsonNode targets = goal.get("targets");
            if (targets == null || targets.size() == 0) {
                codes.add(goal.get("code").getStringValue());
            } else {
                targets.values().forEach(t -> codes.add(t.get("code").getStringValue()));
            }
        }
        return codes;
    }
}
