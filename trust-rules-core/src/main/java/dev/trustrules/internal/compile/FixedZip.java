package dev.trustrules.internal.compile;

import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip files written so that the same content gives the same bytes: compiled-model archives and policy bundles. */
public final class FixedZip {
    private FixedZip() {}

    /** Writes one entry with a fixed time (the epoch), whatever the clock says. */
    public static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
