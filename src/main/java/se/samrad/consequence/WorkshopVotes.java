package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.goals.WorkshopVoting;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Broad participation in the prioritisation (10.3): a case's alternatives sent to a live workshop of the
 * organisation as dot voting ({@code goals.WorkshopVoting}, implemented by the workshops), and the participants'
 * dots per alternative once they have voted, shown beside the analysts' ranking.
 */
@Singleton
public class WorkshopVotes {

    /** Dots each participant places. */
    static final int DOTS = 3;

    /** The participants' dots on a case's alternatives in the latest workshop it was sent to. */
    public record Votes(long workshopId, String workshopTitle, int voters, Map<Long, Integer> dots) {

        public int of(AlternativeRow alternative) {
            return dots.getOrDefault(alternative.id(), 0);
        }
    }

    private final WorkshopVoteRowRepository rows;
    private final List<WorkshopVoting> voting;
    private final Cases cases;
    private final ConsequencePermissions permissions;
    private final ConsequenceAudit audit;
    private final Clock clock;

    WorkshopVotes(WorkshopVoteRowRepository rows, List<WorkshopVoting> voting, Cases cases,
                  ConsequencePermissions permissions, ConsequenceAudit audit, Clock clock) {
        this.audit = audit;
        this.rows = rows;
        this.voting = voting;
        this.cases = cases;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The workshops the user may send a prioritisation to: the organisation's, not ended, that the user runs. */
    public List<WorkshopVoting.Workshop> workshops(CurrentUser user) {
        return voting.stream().flatMap(v -> v.workshops(user).stream()).toList();
    }

    /**
     * Adds dot voting over the case's alternatives (named by {@code label}, do nothing included) to the workshop;
     * the workshop's facilitator starts it in the session. A case with no alternative besides do nothing is refused.
     */
    public WorkshopVoteRow send(CurrentUser user, CaseRow kase, long workshopId, String title, String prompt,
                                Function<AlternativeRow, String> label) {
        permissions.requireManage(user);
        List<AlternativeRow> alternatives = cases.alternatives(kase);
        if (alternatives.stream().noneMatch(a -> !a.doNothing())) {
            throw new InvalidRequestException("consequence.error.vote-alternatives");
        }
        WorkshopVoting workshops = voting.stream().findFirst().orElseThrow(() -> new NotFoundException("workshop"));
        List<String> options = alternatives.stream().map(a -> clip(label.apply(a))).toList();
        long activity = workshops.send(user, workshopId, clip(title), prompt, options, DOTS);
        WorkshopVoteRow sent = rows.save(new WorkshopVoteRow(null, kase.organisationId(), kase.id(), workshopId,
                activity, alternatives.stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(",")),
                user.accountId(), clock.instant()));
        audit.record(user, kase, AuditAction.CONSEQUENCE_SENT_TO_WORKSHOP, "workshop:" + workshopId + " activity:"
                + activity);
        return sent;
    }

    /** The latest workshop the case was sent to and the dots placed there, if it was sent. */
    public Optional<Votes> latest(CaseRow kase) {
        return rows.findFirstByOrganisationIdAndCaseIdOrderByIdDesc(kase.organisationId(), kase.id())
                .flatMap(row -> voting.stream().map(v -> v.tally(kase.organisationId(), row.workshopId(),
                        row.activityId())).flatMap(Optional::stream).findFirst().map(tally -> {
                    List<Long> ids = Arrays.stream(row.alternativeIds().split(",")).map(Long::valueOf).toList();
                    Map<Long, Integer> dots = new HashMap<>();
                    for (int i = 0; i < ids.size() && i < tally.dots().size(); i++) {
                        dots.put(ids.get(i), tally.dots().get(i));
                    }
                    return new Votes(row.workshopId(), tally.workshopTitle(), tally.voters(), dots);
                }));
    }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
