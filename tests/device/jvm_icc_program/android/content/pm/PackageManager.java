package android.content.pm;

import android.content.Intent;
import java.util.List;

public abstract class PackageManager {
    public abstract ResolveInfo resolveActivity(Intent intent, int flags);

    public abstract ResolveInfo resolveService(Intent intent, int flags);

    public abstract List<ResolveInfo> queryBroadcastReceivers(Intent intent, int flags);
}
