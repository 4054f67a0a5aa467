package org.switchboard.account.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.switchboard.account.boundary.ClientChoice;

/**
 * A picked client as "id:name" in the form. The name only saves a look-up for redisplay; the
 * services check every posted id against the portal, so an edited value gains nothing.
 */
@FacesConverter("switchboard.ClientChoice")
public class ClientChoiceConverter implements Converter<ClientChoice> {

    @Override
    public ClientChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return new ClientChoice(Long.parseLong(colon < 0 ? value : value.substring(0, colon)),
                    colon < 0 ? "" : value.substring(colon + 1));
        } catch (NumberFormatException tampered) {
            throw new ConverterException("Choose clients from the list.");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ClientChoice client) {
        return client == null ? "" : client.id() + ":" + client.name();
    }
}
