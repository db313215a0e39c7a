package android.app;

import android.content.Intent;
import android.content.pm.ActivityInfo;
import android.content.pm.PackageManager;
import android.content.pm.ResolveInfo;
import android.content.pm.ServiceInfo;
import java.util.ArrayList;
import java.util.List;

public class ApplicationPackageManager extends PackageManager {
    private static ResolveInfo info(StubSystem.Component c) {
        ResolveInfo ri = new ResolveInfo();
        if (c.type.equals("service")) {
            ri.serviceInfo = new ServiceInfo();
            ri.serviceInfo.packageName = c.pkg;
            ri.serviceInfo.name = c.cls;
        } else {
            ri.activityInfo = new ActivityInfo();
            ri.activityInfo.packageName = c.pkg;
            ri.activityInfo.name = c.cls;
        }
        return ri;
    }

    @Override public ResolveInfo resolveActivity(Intent intent, int flags) {
        List<StubSystem.Component> found = StubSystem.resolve("activity", intent);
        return found.isEmpty() ? null : info(found.get(0));
    }

    @Override public ResolveInfo resolveService(Intent intent, int flags) {
        List<StubSystem.Component> found = StubSystem.resolve("service", intent);
        return found.isEmpty() ? null : info(found.get(0));
    }

    @Override public List<ResolveInfo> queryBroadcastReceivers(Intent intent, int flags) {
        List<ResolveInfo> out = new ArrayList<>();
        for (StubSystem.Component c : StubSystem.resolve("receiver", intent)) out.add(info(c));
        return out;
    }
}
