package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** The codes the codes page just showed, sent back for their CSV file ({@code code}, one field per code). */
@Introspected
record ShownCodesCommand(List<String> code) {
}
