package io.xxgk.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap use of one part of the benchmark: the most heap in use right after a garbage collection since
 * {@link #reset()}, from the collectors' own notifications. That is what a part keeps alive (plus garbage the
 * collector has not reached yet) and what must fit under {@code -Xmx}; the heap in use before a collection mostly
 * measures how long the collector waited.
 */
final class HeapWatch {

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    String type = notification.getType();
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(type)) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private HeapWatch() {
    }

    static void reset() {
        System.gc(); // start each part from live data only, so one part's garbage is not billed to the next
        PEAK_AFTER_GC.set(heapInUse());
    }

    /** The most heap in use after a collection since {@link #reset()} (the heap in use now if none ran). */
    static long peakBytes() {
        return PEAK_AFTER_GC.get();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    private static long heapInUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
