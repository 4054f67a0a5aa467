package org.switchboard.platform.faces;

import jakarta.faces.convert.FacesConverter;
import org.switchboard.platform.kernel.Shown;

/** Shows an Instant as a day and time, e.g. "25 Nov 2026 09:41 UTC". */
@FacesConverter("switchboard.DateTime")
public class DateTimeConverter extends ShownInstant {

    public DateTimeConverter() {
        super(Shown.DAY_AND_TIME);
    }
}
