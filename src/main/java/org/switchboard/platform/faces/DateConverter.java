package org.switchboard.platform.faces;

import jakarta.faces.convert.FacesConverter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows an Instant as a day, e.g. "25 Nov 2026" (UTC, until people choose a time zone). */
@FacesConverter("switchboard.Date")
public class DateConverter extends ShownInstant {

    public DateConverter() {
        super(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC));
    }
}
