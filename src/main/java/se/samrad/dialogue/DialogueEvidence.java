package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What dialogues say about goal targets, for assessments: how many answered a question or chose an option
 * tagged with a target, which goals residents chose in "which goals matter most" questions, and free-text
 * answers a moderator tagged with a target. Only the organisation's own, published dialogues count.
 */
@Singleton
class DialogueEvidence implements EvidenceSource {

    private final Dialogues dialogues;
    private final Results results;
    private final TextAnswerStore texts;

    DialogueEvidence(Dialogues dialogues, Results results, TextAnswerStore texts) {
        this.dialogues = dialogues;
        this.results = results;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return "dialogue";
    }

    @Override
    public List<Evidence> evidenceFor(long organisationId, Collection<Long> elementIds) {
        Set<Long> wanted = new HashSet<>(elementIds);
        List<Evidence> all = new ArrayList<>();
        for (Dialogue dialogue : dialogues.ofOrganisation(organisationId)) {
            if (dialogue.state() == DialogueState.DRAFT) {
                continue;
            }
            List<Question> tagged = results.allQuestions(dialogue).keySet().stream()
                    .filter(q -> mentions(q, wanted)).toList();
            List<TextAnswer> statements = texts.textsTagged(dialogue.id(), wanted);
            if (tagged.isEmpty() && statements.isEmpty()) {
                continue;
            }
            all.addAll(counts(dialogue, tagged, wanted));
            String title = dialogue.title(dialogue.ownLanguage()).value();
            String href = "/dialogues/" + dialogue.id() + "/results";
            for (TextAnswer answer : statements) {
                for (Long element : answer.targets()) {
                    if (wanted.contains(element)) {
                        all.add(new Evidence(kind(), dialogue.id(), title, href + "/texts/" + answer.questionKey(),
                                element, Evidence.Type.STATEMENT, answer.text(), answer.lang(), 1, 0,
                                dialogue.updatedAt()));
                    }
                }
            }
        }
        return all;
    }

    private static boolean mentions(Question q, Set<Long> wanted) {
        return q.targets().stream().anyMatch(wanted::contains)
                || q.options().stream().anyMatch(o -> o.targets().stream().anyMatch(wanted::contains))
                || q.type() == QuestionType.TARGETS && q.options().stream().anyMatch(o -> wanted.contains(parse(o.key())));
    }

    private List<Evidence> counts(Dialogue dialogue, List<Question> tagged, Set<Long> wanted) {
        if (tagged.isEmpty()) {
            return List.of();
        }
        String lang = dialogue.ownLanguage();
        Map<String, Results.QuestionResult> byKey = results.summarise(dialogue, ResultFilter.ALL, lang).questions()
                .stream().collect(Collectors.toMap(Results.QuestionResult::key, r -> r, (a, b) -> a));
        String title = dialogue.title(lang).value();
        String href = "/dialogues/" + dialogue.id() + "/results#question-";
        List<Evidence> evidence = new ArrayList<>();
        for (Question q : tagged) {
            Results.QuestionResult result = byKey.get(q.key());
            if (result == null) {
                continue;
            }
            String question = result.text().value();
            for (Long element : q.targets()) {
                if (wanted.contains(element)) {
                    evidence.add(new Evidence(kind(), dialogue.id(), title, href + q.key(), element, Evidence.Type.COUNT,
                            question, result.text().lang(), result.respondents(), 0, dialogue.updatedAt()));
                }
            }
            for (Results.OptionResult option : result.options()) {
                Set<Long> elements = new HashSet<>(q.option(option.key()).map(Option::targets).orElse(List.of()));
                if (q.type() == QuestionType.TARGETS) {
                    elements.add(parse(option.key()));
                }
                for (Long element : elements) {
                    if (wanted.contains(element)) {
                        evidence.add(new Evidence(kind(), dialogue.id(), title, href + q.key(), element,
                                Evidence.Type.COUNT, question + ": " + option.label().value(), option.label().lang(),
                                option.count(), result.respondents(), dialogue.updatedAt()));
                    }
                }
            }
        }
        return evidence;
    }

    private static long parse(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
