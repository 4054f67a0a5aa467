package org.switchboard.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows Instants in one format; they are displayed, never typed, so there is no parsing back. */
abstract class ShownInstant implements Converter<Instant> {

    private final DateTimeFormatter format;

    ShownInstant(DateTimeFormatter format) {
        this.format = format;
    }

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Times are shown, not typed");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : format.format(value);
    }
}
