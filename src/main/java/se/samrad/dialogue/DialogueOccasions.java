package se.samrad.dialogue;

import jakarta.inject.Singleton;
import se.samrad.platform.participation.Occasion;
import se.samrad.platform.participation.OccasionSource;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The organisation's published dialogues, for invitations from the stakeholder register (issue 17). */
@Singleton
class DialogueOccasions implements OccasionSource {

    private final Dialogues dialogues;
    private final Clock clock;

    DialogueOccasions(Dialogues dialogues, Clock clock) {
        this.dialogues = dialogues;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "DIALOGUE";
    }

    @Override
    public List<Occasion> open(long organisationId, String lang) {
        return dialogues.ofOrganisation(organisationId).stream().map(d -> occasion(d, lang)).filter(Occasion::open)
                .toList();
    }

    @Override
    public Optional<Occasion> find(long organisationId, long id, String lang) {
        return dialogues.byId(id).filter(d -> d.organisationId() == organisationId).map(d -> occasion(d, lang));
    }

    private Occasion occasion(Dialogue dialogue, String lang) {
        Dialogue.Availability availability = dialogue.availability(clock.instant());
        boolean open = availability == Dialogue.Availability.OPEN || availability == Dialogue.Availability.NOT_YET_OPEN;
        return new Occasion(kind(), dialogue.id(), dialogue.title(lang).value(), "/d/" + dialogue.publicKey(),
                dialogue.anonymous(), open);
    }
}
