package org.switchboard.api.rest;

import org.switchboard.platform.kernel.WireName;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the API names the values of an enum (a status, a role, a billing period): the constant in
 * lower case, e.g. past_due. One place writes and reads them, so an enum name never reaches a
 * partner in another spelling.
 */
final class ApiNames {

    private ApiNames() {
    }

    static String of(Enum<?> value) {
        return WireName.of(value);
    }

    /**
     * The constant a request named; {@code otherwise} when it named none, with "Required." when
     * {@code required}; a field error listing the names when it named something else.
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String field, boolean required, E otherwise,
                                       List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new Problem.FieldError(field, "Required."));
            }
            return otherwise;
        }
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(text.strip())) {
                return value;
            }
        }
        errors.add(new Problem.FieldError(field, "Use one of: " + Arrays.stream(type.getEnumConstants())
                .map(ApiNames::of).collect(Collectors.joining(", ")) + "."));
        return otherwise;
    }
}
