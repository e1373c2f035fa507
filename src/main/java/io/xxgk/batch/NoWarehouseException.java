package io.xxgk.batch;

import java.nio.file.Path;

/** An operator command named a directory that holds no warehouse database (no load has run there). */
public class NoWarehouseException extends RuntimeException {

    public NoWarehouseException(Path warehouse) {
        super("no warehouse at " + warehouse + ": it has no " + WarehouseDatabase.FILE_NAME
                + " (check the path; a first run of the job creates it)");
    }
}
