package se.samrad.consequence;

import java.util.Arrays;
import java.util.List;

/**
 * What a cell of the assessment is about. The fixed aspects below, each in a group that decides where it stands
 * in the SKR matrix; a linked target is an aspect of its own, {@code T<element id>}, in the societal perspective.
 */
public enum Aspect {
    SOCIAL(Group.EFFECT),
    ECONOMIC(Group.EFFECT),
    ENVIRONMENTAL(Group.EFFECT),
    GLOBAL(Group.EFFECT),
    CHILDREN(Group.GROUPS),
    GENDER_EQUALITY(Group.GROUPS),
    DISABILITY(Group.GROUPS),
    DISTRICTS(Group.GROUPS),
    STAFF(Group.RESOURCES),
    MONEY(Group.RESOURCES),
    ORG_ECONOMY(Group.SERVICE),
    ORG_STAFF(Group.SERVICE),
    ORG_RESULTS(Group.SERVICE),
    RESIDENTS(Group.SOCIETAL),
    GOALS_REVISION(Group.OTHER);

    /** The groups, in the order the assessment form shows them. */
    public enum Group {
        EFFECT, GROUPS, RESOURCES, SERVICE, SOCIETAL, OTHER;

        public String key() {
            return "consequence.group." + name();
        }
    }

    private final Group group;

    Aspect(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public String key() {
        return "consequence.aspect." + name();
    }

    public static List<Aspect> of(Group group) {
        return Arrays.stream(values()).filter(a -> a.group == group).toList();
    }

    /** The aspect key of a linked target. */
    public static String target(long elementId) {
        return "T" + elementId;
    }

    /** The element id of a target's aspect key, or -1 for a fixed aspect. */
    public static long targetOf(String aspect) {
        if (aspect.length() > 1 && aspect.charAt(0) == 'T' && aspect.substring(1).chars().allMatch(Character::isDigit)) {
            return Long.parseLong(aspect.substring(1));
        }
        return -1;
    }

    /** Whether the text names a fixed aspect. */
    public static boolean isFixed(String aspect) {
        return Arrays.stream(values()).anyMatch(a -> a.name().equals(aspect));
    }
}
