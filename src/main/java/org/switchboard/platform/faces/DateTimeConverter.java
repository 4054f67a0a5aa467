package org.switchboard.platform.faces;

import jakarta.faces.convert.FacesConverter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows an Instant as a day and time, e.g. "25 Nov 2026 09:41 UTC". */
@FacesConverter("switchboard.DateTime")
public class DateTimeConverter extends ShownInstant {

    public DateTimeConverter() {
        super(DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC));
    }
}
