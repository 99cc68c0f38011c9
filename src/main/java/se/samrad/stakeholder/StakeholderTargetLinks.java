package se.samrad.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** On a target's page, for the organisation's staff who may read the register: the stakeholders linked to it. */
@Singleton
@Order(300)
class StakeholderTargetLinks implements TargetLinkSource {

    private final StakeholderTargets targets;
    private final StakeholderRegister register;
    private final Placements placements;
    private final StakeholderPermissions permissions;
    private final Messages messages;

    StakeholderTargetLinks(StakeholderTargets targets, StakeholderRegister register, Placements placements,
                           StakeholderPermissions permissions, Messages messages) {
        this.targets = targets;
        this.register = register;
        this.placements = placements;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "stakeholder.links.heading";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        if (!permissions.canRead(user)) {
            return List.of();
        }
        long organisationId = user.organisationId();
        List<TargetRow> rows = targets.linksTo(organisationId, List.of(target.id()));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, StakeholderRow> stakeholders = register.byId(organisationId,
                rows.stream().map(TargetRow::stakeholderId).toList());
        Map<Long, Quadrant> quadrants = overall(organisationId);
        var language = messages.language(lang).orElse(messages.reference());
        return rows.stream().filter(r -> stakeholders.containsKey(r.stakeholderId())).map(r -> {
            StakeholderRow s = stakeholders.get(r.stakeholderId());
            Quadrant q = quadrants.get(s.id());
            String detail = q == null ? "" : messages.get(language, "stakeholder.quadrant." + q);
            return new TargetLink(new Text(s.name(), ""), "/stakeholders/organisations/" + s.id(),
                    new Text(messages.get(language, "stakeholder.kind." + s.kind()), lang),
                    new Text(r.note().isEmpty() ? detail : detail + (detail.isEmpty() ? "" : " – ") + r.note(), ""));
        }).toList();
    }

    /** Each stakeholder's current overall quadrant. */
    private Map<Long, Quadrant> overall(long organisationId) {
        return placements.current(organisationId).stream().filter(c -> c.placement().issueKey().isEmpty())
                .collect(Collectors.toMap(c -> c.stakeholder().id(), c -> c.placement().quadrant()));
    }
}
