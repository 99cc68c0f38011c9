package se.samrad.platform.web;

/** A link in the main navigation: where it goes, its message key, and its place in the order. */
public record NavigationItem(String path, String labelKey, int order) {
}
