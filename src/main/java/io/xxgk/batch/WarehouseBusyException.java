package io.xxgk.batch;

import java.nio.file.Path;

/** Another process (a run, a restart, a scheduler) has the warehouse's database open. */
public class WarehouseBusyException extends RuntimeException {

    public WarehouseBusyException(Path warehouse) {
        super("another xxgk process is using the warehouse " + warehouse + " (its database file is locked); "
                + "wait for it to finish");
    }
}
