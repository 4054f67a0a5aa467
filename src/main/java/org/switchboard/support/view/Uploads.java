package org.switchboard.support.view;

import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.switchboard.support.boundary.Download;
import org.switchboard.support.boundary.Upload;

import java.io.ByteArrayInputStream;

/** Files in and out of the support pages, the same way on the client's side and the operators'. */
final class Uploads {

    private Uploads() {
    }

    /** The uploaded file, or none when the person chose none. */
    static Upload of(UploadedFile file) {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            return null;
        }
        return new Upload(file.getFileName(), file.getContentType(), file.getContent());
    }

    /**
     * Always a download, never shown in the browser, and the browser may not guess another type
     * than the checked one it was stored under.
     */
    static StreamedContent stream(Download download) {
        Faces.addResponseHeader("X-Content-Type-Options", "nosniff");
        byte[] content = download.content();
        return DefaultStreamedContent.builder()
                .name(download.fileName())
                .contentType(download.contentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }
}
