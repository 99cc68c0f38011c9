package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.platform.participation.Occasion;
import se.samrad.platform.participation.OccasionSource;

import java.util.List;
import java.util.Optional;

/** The organisation's workshops not yet ended, for invitations from the stakeholder register (issue 17). */
@Singleton
class WorkshopOccasions implements OccasionSource {

    private final WorkshopRepository workshops;

    WorkshopOccasions(WorkshopRepository workshops) {
        this.workshops = workshops;
    }

    @Override
    public String kind() {
        return "WORKSHOP";
    }

    @Override
    public List<Occasion> open(long organisationId, String lang) {
        return workshops.findByOrganisationIdOrderByIdDesc(organisationId).stream().map(this::occasion)
                .filter(Occasion::open).toList();
    }

    @Override
    public Optional<Occasion> find(long organisationId, long id, String lang) {
        return workshops.findByIdAndOrganisationId(id, organisationId).map(this::occasion);
    }

    /** A workshop's contributions carry the participant, so a personal join link is never anonymous. */
    private Occasion occasion(Workshop workshop) {
        return new Occasion(kind(), workshop.id(), workshop.title(), "/w/" + workshop.code(), false,
                !workshop.isEnded());
    }
}
