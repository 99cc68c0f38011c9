package se.samrad.platform.db;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/**
 * A short list of codes (language codes, for instance) kept in one column as {@code sv,en,ar}; rows read it as
 * a list. Codes never contain commas.
 */
@Singleton
public class CommaSeparated implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToPersistedValue(List<String> values, ConversionContext context) {
        return values == null ? null : String.join(",", values);
    }

    @Override
    public List<String> convertToEntityValue(String column, ConversionContext context) {
        return column == null || column.isEmpty() ? List.of()
                : Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
