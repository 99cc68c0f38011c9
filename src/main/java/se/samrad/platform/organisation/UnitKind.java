package se.samrad.platform.organisation;

/** Kinds of unit inside an organisation: committee (nämnd), administration (förvaltning), operation (verksamhet). */
public enum UnitKind {
    COMMITTEE,
    ADMINISTRATION,
    OPERATION,
    OTHER
}
