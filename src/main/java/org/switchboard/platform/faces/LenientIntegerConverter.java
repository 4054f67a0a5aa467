package org.switchboard.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Reads a whole number from a URL parameter; anything malformed is treated as absent, so a
 * tampered or mistyped link shows the default view instead of an error.
 */
@FacesConverter("switchboard.LenientInteger")
public class LenientIntegerConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || value.length() > 9) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}
