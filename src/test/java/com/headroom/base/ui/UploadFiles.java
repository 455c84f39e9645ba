package com.headroom.base.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Upload files in the temporary directory, so a test can show an upload left none behind:
 * Headroom's own, and those Vaadin's handler writes (a {@code temp_dir…} directory
 * holding a file named after the upload).
 */
public final class UploadFiles {

    private UploadFiles() {
    }

    public static List<Path> named(String uploadedFileName) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        var found = new ArrayList<Path>();
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(CsvUpload.TEMPORARY_FILE_PREFIX)) {
                    found.add(f);
                }
                else if (name.startsWith("temp_dir") && Files.isDirectory(f)) {
                    try (Stream<Path> inner = Files.list(f)) {
                        inner.filter(g -> g.getFileName().toString().startsWith(uploadedFileName)).forEach(found::add);
                    }
                    catch (IOException gone) {
                        // another process's directory, removed meanwhile
                    }
                }
            }
        }
        return found.stream().sorted().toList();
    }

}
