package org.switchboard.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import org.switchboard.platform.kernel.Shown;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Shows an Instant or a date in one of {@link Shown}'s formats; they are displayed, never typed, so
 * there is no parsing back.
 */
abstract class ShownInstant implements Converter<TemporalAccessor> {

    private final DateTimeFormatter format;

    ShownInstant(DateTimeFormatter format) {
        this.format = format;
    }

    @Override
    public TemporalAccessor getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("Times are shown, not typed");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, TemporalAccessor value) {
        return value == null ? "" : format.format(value);
    }
}
