package org.switchboard.support.boundary;

/** A file as a person sent it, before the checks. */
public record Upload(String fileName, String contentType, byte[] content) {
}
