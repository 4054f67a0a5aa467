package org.switchboard.earnings.control;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    private static String csv(Object... cells) {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(cells);
        return out.toString();
    }

    @Test
    void plainCellsAreSeparatedByCommasAndLinesEndInCrLf() {
        assertEquals("Date,Client,Amount\r\n", csv("Date", "Client", "Amount"));
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndTheirQuotesDoubled() {
        assertEquals("\"Pro, 18 seats\",\"the \"\"big\"\" one\",\"two\nlines\",\"carriage\rreturn\"\r\n",
                csv("Pro, 18 seats", "the \"big\" one", "two\nlines", "carriage\rreturn"));
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tTab\r\n",
                csv("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tTab"));
        assertEquals("\"'=1+2,3\"\r\n", csv("=1+2,3"));
    }

    @Test
    void numbersStayPlainNumbersEvenWhenNegative() {
        assertEquals("-12.50,1234567.00,3,0.00000001\r\n",
                csv(new BigDecimal("-12.50"), new BigDecimal("1234567.00"), 3, new BigDecimal("1E-8")));
    }

    @Test
    void nullIsAnEmptyCellAndOtherValuesAreText() {
        assertEquals(",2026-03-05,EUR\r\n", csv(null, LocalDate.of(2026, 3, 5), "EUR"));
    }

    @Test
    void textStaysAsItIsInUnicode() {
        assertEquals("Café Zürich — ünïcødé\r\n", csv("Café Zürich — ünïcødé"));
    }
}
