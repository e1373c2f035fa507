package io.xxgk.batch;

import java.nio.file.Path;

/** A load (a run, a restart, a scheduled firing) holds the warehouse's {@link RunLock}. */
public class WarehouseBusyException extends RuntimeException {

    /** @param holder what the lock file says about its holder ("pid 4242 since …"), may be empty */
    public WarehouseBusyException(Path warehouse, String holder) {
        super("another xxgk process is using the warehouse " + warehouse + ": a load holds its "
                + RunLock.FILE_NAME + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; wait for it to finish, or see what it does with: xxgk status --warehouse " + warehouse);
    }
}
