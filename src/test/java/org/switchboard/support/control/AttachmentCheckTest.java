package org.switchboard.support.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which files a support case takes: by name, by declared type and by their first bytes. */
class AttachmentCheckTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);

    @Test
    void filesWhoseNameTypeAndBytesAgreeAreTakenUnderTheirCheckedType() {
        assertEquals("image/png", AttachmentCheck.check("screen.png", "image/png", PNG).contentType());
        assertEquals("application/pdf", AttachmentCheck.check("invoice.PDF", "application/octet-stream", PDF).contentType());
        assertEquals("text/csv", AttachmentCheck.check("people.csv", "application/vnd.ms-excel",
                "name;email\nAlex;alex@example.com\n".getBytes(StandardCharsets.UTF_8)).contentType());
        assertEquals("text/plain", AttachmentCheck.check("notes.txt", "text/plain", "Café ☕".getBytes(StandardCharsets.UTF_8))
                .contentType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                AttachmentCheck.check("sheet.xlsx", "", new byte[] {'P', 'K', 3, 4, 20, 0}).contentType());
    }

    @Test
    void emptyTooLargeUnknownAndDisguisedFilesAreRefusedWithTheReason() {
        assertTrue(AttachmentCheck.check("empty.pdf", "application/pdf", new byte[0]).refusal().contains("is empty"));
        byte[] big = Arrays.copyOf(PDF, (int) AttachmentCheck.MAX_BYTES + 1);
        assertTrue(AttachmentCheck.check("big.pdf", "application/pdf", big).refusal().contains("larger than 10 MB"));
        assertTrue(AttachmentCheck.check("tool.exe", "application/octet-stream", PNG).refusal().contains("not a file type"));
        assertTrue(AttachmentCheck.check("page.html", "text/html", PDF).refusal().contains("not a file type"));
        assertTrue(AttachmentCheck.check("invoice.pdf", "application/pdf",
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).refusal().contains("not the kind of file"));
        assertTrue(AttachmentCheck.check("notes.txt", "text/html", "hello".getBytes(StandardCharsets.UTF_8)).refusal()
                .contains("does not fit its name"));
        assertFalse(AttachmentCheck.check("notes.txt", "text/plain", "  <!DOCTYPE html><p>hi".getBytes(StandardCharsets.UTF_8))
                .accepted(), "markup named as text");
        assertFalse(AttachmentCheck.check("data.csv", "text/csv", new byte[] {'a', 0, 'b'}).accepted(), "binary named as text");
    }

    @Test
    void aCaseTakesAtMostTwentyFilesAndFiftyMegabytesInAll() {
        long mb = 1024 * 1024;
        assertNull(AttachmentCheck.caseRefusal(19, 40 * mb, 10 * mb), "the twentieth file, up to 50 MB exactly");
        assertTrue(AttachmentCheck.caseRefusal(20, mb, 1).contains("already holds 20 files"));
        assertTrue(AttachmentCheck.caseRefusal(5, 45 * mb, 5 * mb + 1).contains("more than 50 MB"));
    }

    @Test
    void theContainerRefusesAFileOverTheSameLimitWhileItArrives() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher limit = Pattern.compile("<max-file-size>(\\d+)</max-file-size>").matcher(webXml);
        assertTrue(limit.find(), "web.xml sets the Faces servlet's max-file-size");
        assertEquals(AttachmentCheck.MAX_BYTES, Long.parseLong(limit.group(1)));
    }

    @Test
    void theStoredNameHasNoFolderNorQuotes() {
        assertEquals("report.pdf", AttachmentCheck.check("C:\\Users\\alex\\report.pdf", "application/pdf", PDF).fileName());
        assertEquals("a b.pdf", AttachmentCheck.cleanName("../x/a\"\u0007 b.pdf"));
    }
}
