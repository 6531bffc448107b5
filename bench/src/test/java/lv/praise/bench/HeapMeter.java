package lv.praise.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap one measured run uses, two ways:
 * <ul>
 *   <li>peak: the sum of the heap pools' peak usage since the run began (after a full GC and a reset
 *       of the peaks) – garbage included, so it depends on the young generation's size too;</li>
 *   <li>live: the largest heap left after any garbage collection during the run – what the run
 *       really holds (no collection during the run: the heap after the run, before collecting).</li>
 * </ul>
 */
final class HeapMeter {
    record Reading(long peakBytes, long liveBytes) {
        double peakMb() {
            return peakBytes / 1048576.0;
        }

        double liveMb() {
            return liveBytes / 1048576.0;
        }
    }

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private volatile boolean measuring;

    HeapMeter() {
        NotificationListener listener = (notification, handback) -> {
            if (!measuring || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeapPool(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            maxAfterGc.accumulateAndGet(used, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    void start() {
        System.gc();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        measuring = true;
    }

    Reading stop() {
        try {
            // GC notifications arrive on their own thread, shortly after the collection.
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        measuring = false;
        long peak = 0;
        long now = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            peak += pool.getPeakUsage().getUsed();
            now += pool.getUsage().getUsed();
        }
        long live = maxAfterGc.get();
        return new Reading(peak, live == 0 ? now : live);
    }

    private boolean isHeapPool(String name) {
        return heapPools.stream().anyMatch(pool -> pool.getName().equals(name));
    }
}
