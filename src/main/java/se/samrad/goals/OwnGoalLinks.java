package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;

import java.util.List;

/** On a target's page: the signed-in user's organisation's own goals that serve it, with their notes. */
@Singleton
class OwnGoalLinks implements TargetLinkSource {

    private final OwnGoals ownGoals;

    OwnGoalLinks(OwnGoals ownGoals) {
        this.ownGoals = ownGoals;
    }

    @Override
    public String headingKey() {
        return "goals.links.own-goals";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        if (user == null || user.organisationId() == null) {
            return List.of();
        }
        return ownGoals.mappingsTo(target, user.organisationId()).stream()
                .map(m -> new TargetLink(m.source().label(lang),
                        "/goals/" + m.sourceFramework().key() + "/" + m.source().code(),
                        m.sourceFramework().name(lang), new Text(m.note(), "")))
                .toList();
    }
}
