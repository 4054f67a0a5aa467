package org.switchboard.support.boundary;

/** An attachment's bytes, with the checked type it was stored under. */
public record Download(String fileName, String contentType, byte[] content) {
}
