package com.headroom.base;

/**
 * How large one kind of uploaded file may be, and the sentence that refuses a larger one.
 * Each upload has one of these as a constant next to the service that reads the file; the
 * upload (which stops reading at the limit), the service's own check and the page's help
 * text all use it, so the number a user reads is the number the server enforces.
 *
 * @param bytes the largest size accepted, in bytes
 * @param megabytes the same limit as the user reads it (1 MB = 1,048,576 bytes)
 * @param advice what to do instead, one sentence, or empty
 */
public record UploadLimit(long bytes, int megabytes, String advice) {

    private static final long MEGABYTE = 1024L * 1024;

    public UploadLimit {
        if (bytes != megabytes * MEGABYTE) {
            throw new IllegalArgumentException("bytes and megabytes disagree");
        }
    }

    /** A limit of whole megabytes. */
    public static UploadLimit megabytes(int megabytes, String advice) {
        return new UploadLimit(megabytes * MEGABYTE, megabytes, advice);
    }

    /** "20 MB". */
    public String size() {
        return megabytes + " MB";
    }

    /** "The file is larger than 20 MB." followed by the advice. */
    public String tooLarge() {
        return "The file is larger than " + size() + "." + (advice.isEmpty() ? "" : " " + advice);
    }

    /** Whether a file of this many bytes is over the limit. */
    public boolean exceededBy(long size) {
        return size > bytes;
    }
}
