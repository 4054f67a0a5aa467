package org.switchboard.api.rest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cursors of the money and visit lists: what one writes, it reads back; anything else it refuses. */
class PageCursorTest {

    @Test
    void aCursorReadsBackItsPartsEvenWithSeparatorsInThem() {
        String cursor = PageCursor.encode("sales", "2026-01", null, "4150", "2026-03-10T12:00:00Z", "a|b c%");
        assertEquals(Optional.of(Arrays.asList("2026-01", null, "4150", "2026-03-10T12:00:00Z", "a|b c%")),
                PageCursor.decode("sales", 5, cursor));
    }

    @Test
    void anotherListsCursorOrAForgedOneIsRefused() {
        String sales = PageCursor.encode("sales", "a", "b");
        assertEquals(Optional.empty(), PageCursor.decode("payouts", 2, sales));
        assertEquals(Optional.empty(), PageCursor.decode("sales", 3, sales));
        assertEquals(Optional.empty(), PageCursor.decode("sales", 2, "not base64 !"));
        assertEquals(Optional.empty(), PageCursor.decode("sales", 2, "djJ8c2FsZXN8YXxi"), "another version");
    }

    @Test
    void aLimitOutsideItsRangeIsAFieldError() {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        assertEquals(50, PageCursor.limit(null, 50, 200, errors));
        assertEquals(7, PageCursor.limit(" 7 ", 50, 200, errors));
        assertEquals(List.of(), errors);
        assertEquals(50, PageCursor.limit("201", 50, 200, errors));
        assertEquals(50, PageCursor.limit("ten", 50, 200, errors));
        assertEquals(List.of("limit", "limit"), errors.stream().map(Problem.FieldError::field).toList());
    }
}
