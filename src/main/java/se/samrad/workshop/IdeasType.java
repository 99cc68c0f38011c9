package se.samrad.workshop;

/** An idea board: participants post and up-vote; the facilitator merges, clusters into themes, hides. */
final class IdeasType extends ItemBoardType {

    IdeasType() {
        super(ActivityKind.IDEAS, EventType.IDEA);
    }
}
