package com.headroom.warmintro;

/**
 * Connections.csv as LinkedIn's export starts it, for tests that import a few rows after
 * it.
 */
public final class ConnectionFiles {

    /** The notes LinkedIn writes before the header row, and the header row. */
    public static final String HEADER = "Notes:\n\"When exporting your connection data, you may notice that some of"
            + " the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
            + "Connected On\n";

    private ConnectionFiles() {
    }

}
