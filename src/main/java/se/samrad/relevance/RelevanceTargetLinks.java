package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.goals.evidence.Evidence;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/** On a target's page, for those who may read results: each round's overall relevance and prioritisation. */
@Singleton
@Order(350)
class RelevanceTargetLinks implements TargetLinkSource {

    private final RelevanceEvidence evidence;
    private final RelevancePermissions permissions;
    private final Messages messages;

    RelevanceTargetLinks(RelevanceEvidence evidence, RelevancePermissions permissions, Messages messages) {
        this.evidence = evidence;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "relevance.links.heading";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        if (!permissions.canReadResults(user)) {
            return List.of();
        }
        var language = messages.language(lang).orElse(messages.reference());
        return evidence.evidenceFor(user.organisationId(), List.of(target.id())).stream()
                .sorted(java.util.Comparator.comparing(Evidence::collectedAt).reversed())
                .map(e -> new TargetLink(new Text(e.sourceTitle(), ""), e.href(),
                        new Text(messages.get(language, "relevance.evidence.relevant-units.plural", e.count(), e.total()), lang),
                        new Text(describe(e.label(), language), lang)))
                .toList();
    }

    /** The evidence label ("HIGH PRIORITISED: why") in words. */
    private String describe(String label, se.samrad.platform.i18n.Language language) {
        String marker = RelevanceEvidence.PRIORITISED + ": ";
        int at = label.indexOf(marker);
        String level = (at < 0 ? label : label.substring(0, at)).strip();
        String text = level.isEmpty() ? "" : messages.get(language, "relevance.level." + level);
        if (at >= 0) {
            text = (text.isEmpty() ? "" : text + " · ") + messages.get(language, "relevance.prioritised") + ": "
                    + label.substring(at + marker.length());
        }
        return text;
    }
}
