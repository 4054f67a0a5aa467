package org.switchboard.platform.faces;

import jakarta.faces.convert.FacesConverter;
import org.switchboard.platform.kernel.Shown;

/** Shows an Instant or a date as a day, e.g. "25 Nov 2026" (UTC, until people choose a time zone). */
@FacesConverter("switchboard.Date")
public class DateConverter extends ShownInstant {

    public DateConverter() {
        super(Shown.DAY);
    }
}
