package org.switchboard.client.boundary;

/** How activity names who did something, the same in every list. */
public final class Who {

    private Who() {
    }

    /** "Sam North", or "Sam North as Alex Harbour" when Sam acted as Alex; empty when no one did. */
    public static String describe(String first, String last, String actingFirst, String actingLast) {
        if (first == null) {
            return "";
        }
        String real = first + " " + last;
        if (actingFirst == null) {
            return real;
        }
        String acting = actingFirst + " " + actingLast;
        return acting.equals(real) ? real : real + " as " + acting;
    }
}
