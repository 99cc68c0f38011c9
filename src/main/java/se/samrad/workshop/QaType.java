package se.samrad.workshop;

/** Questions to the panel, approved before they are shown (when moderated), up-voted, marked answered. */
final class QaType extends ItemBoardType {

    QaType() {
        super(ActivityKind.QA, EventType.QUESTION);
    }
}
