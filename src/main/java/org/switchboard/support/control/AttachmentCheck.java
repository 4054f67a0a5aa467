package org.switchboard.support.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which files a support case accepts. A file must have an allowed extension, a declared content
 * type that fits it, and first bytes that are what the extension says: a page of HTML named
 * "invoice.pdf", or sent as text/html, is refused, so nothing served back from a case can run in
 * a browser.
 */
public final class AttachmentCheck {

    /** The most one file may hold; the container refuses a larger upload while it arrives (web.xml). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** What one case may hold in all, so that a case cannot grow into the database's largest object. */
    public static final int MAX_FILES_PER_CASE = 20;
    public static final long MAX_BYTES_PER_CASE = 50L * 1024 * 1024;

    /** The verdict: the content type to store and serve, or why the file is refused. */
    public record Verdict(String contentType, String fileName, String refusal) {

        public boolean accepted() {
            return refusal == null;
        }

        static Verdict refused(String why) {
            return new Verdict(null, null, why);
        }
    }

    private record Kind(String contentType, Set<String> declared, byte[][] magic) {
    }

    private static final byte[] PK = {'P', 'K', 3, 4};
    private static final Map<String, Kind> BY_EXTENSION = Map.of(
            "pdf", new Kind("application/pdf", Set.of("application/pdf"), new byte[][] {"%PDF-".getBytes(StandardCharsets.US_ASCII)}),
            "png", new Kind("image/png", Set.of("image/png"), new byte[][] {{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}}),
            "jpg", new Kind("image/jpeg", Set.of("image/jpeg", "image/pjpeg"), new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}}),
            "jpeg", new Kind("image/jpeg", Set.of("image/jpeg", "image/pjpeg"), new byte[][] {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}}),
            "gif", new Kind("image/gif", Set.of("image/gif"), new byte[][] {"GIF87a".getBytes(StandardCharsets.US_ASCII),
                    "GIF89a".getBytes(StandardCharsets.US_ASCII)}),
            "txt", new Kind("text/plain", Set.of("text/plain"), null),
            // Spreadsheet programs on Windows announce CSV as Excel's type.
            "csv", new Kind("text/csv", Set.of("text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"), null),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), new byte[][] {PK}),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), new byte[][] {PK}));

    /** Text that a browser would treat as markup, whatever the file claims to be. */
    private static final List<String> MARKUP = List.of("<!doctype", "<html", "<script", "<svg", "<?xml", "<body", "<iframe");

    private AttachmentCheck() {
    }

    public static String allowedExtensions() {
        return "PDF, PNG, JPEG, GIF, TXT, CSV, DOCX or XLSX";
    }

    public static Verdict check(String fileName, String declaredType, byte[] content) {
        String name = cleanName(fileName);
        if (name.isEmpty()) {
            return Verdict.refused("The file has no name.");
        }
        if (content == null || content.length == 0) {
            return Verdict.refused("“" + name + "” is empty.");
        }
        if (content.length > MAX_BYTES) {
            return Verdict.refused("“" + name + "” is larger than 10 MB.");
        }
        int dot = name.lastIndexOf('.');
        Kind kind = dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null) {
            return Verdict.refused("“" + name + "” is not a file type support accepts (" + allowedExtensions() + ").");
        }
        String declared = declaredType == null ? "" : declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        // Browsers that know nothing of a type say so; anything they do claim must fit the name.
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !kind.declared().contains(declared)) {
            return Verdict.refused("“" + name + "” was sent as " + declared + ", which does not fit its name.");
        }
        boolean fits = kind.magic() == null ? isPlainText(content)
                : Arrays.stream(kind.magic()).anyMatch(magic -> startsWith(content, magic));
        if (!fits) {
            return Verdict.refused("“" + name + "” is not the kind of file its name says.");
        }
        return new Verdict(kind.contentType(), name, null);
    }

    /** Why a case that holds {@code files} files of {@code bytes} in all cannot take one more of {@code adding}; null when it can. */
    public static String caseRefusal(long files, long bytes, long adding) {
        if (files >= MAX_FILES_PER_CASE) {
            return "This case already holds " + MAX_FILES_PER_CASE + " files, the most a case takes. "
                    + "Open a new case for more.";
        }
        if (bytes + adding > MAX_BYTES_PER_CASE) {
            return "This case's files would come to more than " + MAX_BYTES_PER_CASE / (1024 * 1024)
                    + " MB, the most a case takes. Open a new case for more.";
        }
        return null;
    }

    /** The name without any folder, control characters or quotes, at most 200 characters. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 text without NUL bytes that does not open like markup (the first 8 KB decide). */
    private static boolean isPlainText(byte[] content) {
        int length = Math.min(content.length, 8192);
        for (int i = 0; i < length; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        String head;
        try {
            head = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, 0, length)).toString();
        } catch (CharacterCodingException cutOrNotText) {
            // The 8 KB may end inside a character: judge what comes before it.
            head = new String(content, 0, length, StandardCharsets.UTF_8);
            if (head.substring(0, Math.max(0, head.length() - 1)).contains("\uFFFD")) {
                return false;
            }
        }
        String start = head.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        return MARKUP.stream().noneMatch(start::startsWith);
    }
}
